package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The variables a caller may send to the engine: plain values of the types our forms send (text,
 * number, checkbox), with sensible names and sizes. The engine REST API itself takes any type
 * (Java-serialized objects, JSON, files) and any size, and fails on what the database refuses.
 */
class VariableChecks {

  static final int MAX_NAME_LENGTH = 64;
  /** Twice the longest text a form allows (an answer): the form's own check then names the field and its limit. */
  static final int MAX_TEXT_LENGTH = 20_000;
  static final int MAX_VARIABLES = 100;

  /** The JSON keys under which the engine REST API takes variables as {@code {name: {value, type}}}. */
  private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "localVariables",
      "processVariables", "processVariablesLocal", "variablesLocal", "correlationKeys", "localCorrelationKeys");
  private static final Set<String> SCALAR_TYPES = Set.of("string", "boolean", "integer", "short", "long", "double", "null");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0," + (MAX_NAME_LENGTH - 1) + "}");

  private final Messages messages;
  private final List<FieldError> errors = new ArrayList<>();
  private int count;

  VariableChecks(Messages messages) {
    this.messages = messages;
  }

  /** Checks every variable map found anywhere in the body (modification instructions nest them). */
  List<FieldError> inBody(JsonNode body) {
    body.fields().forEachRemaining(field -> {
      if (VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject()) {
        field.getValue().fields().forEachRemaining(variable -> check(variable.getKey(), variable.getValue()));
      } else if (field.getValue().isContainerNode()) {
        inBody(field.getValue());
      }
    });
    if (body.isArray()) {
      body.forEach(this::inBody);
    }
    return errors;
  }

  /** Checks a variable sent alone, its name in the address ({@code PUT …/variables/{name}}). */
  List<FieldError> single(String name, JsonNode typedValue) {
    check(name, typedValue);
    return errors;
  }

  private void check(String name, JsonNode typedValue) {
    if (++count > MAX_VARIABLES) {
      reject(null, "error.variable.tooMany", MAX_VARIABLES);
    } else if (!NAME.matcher(name).matches()) {
      reject(null, "error.variable.name", name, MAX_NAME_LENGTH);
    } else {
      checkValue(name, typedValue);
    }
  }

  private void checkValue(String name, JsonNode typedValue) {
    String type = typedValue.path("type").asText("");
    JsonNode value = typedValue.path("value");
    JsonNode valueInfo = typedValue.path("valueInfo");
    if (!typedValue.isObject() || !type.isEmpty() && !isScalarType(type)) {
      reject(name, "error.variable.type", name, type);
    } else if (!fits(type.toLowerCase(Locale.ROOT), value) || !(valueInfo.isMissingNode() || valueInfo.isEmpty())) {
      reject(name, "error.variable.value", name, type.isEmpty() ? "?" : type);
    } else if (value.isTextual() && value.textValue().length() > MAX_TEXT_LENGTH) {
      reject(name, "error.variable.tooLong", name, MAX_TEXT_LENGTH);
    }
  }

  private static boolean isScalarType(String type) {
    return SCALAR_TYPES.contains(type.toLowerCase(Locale.ROOT));
  }

  private static boolean fits(String type, JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return true;
    }
    return switch (type) {
      case "" -> value.isValueNode();
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "short" -> value.isIntegralNumber() && value.canConvertToInt() && (short) value.intValue() == value.intValue();
      case "integer" -> value.isIntegralNumber() && value.canConvertToInt();
      case "long" -> value.isIntegralNumber() && value.canConvertToLong();
      case "double" -> value.isNumber() && Double.isFinite(value.doubleValue());
      default -> false;
    };
  }

  private void reject(String field, String key, Object... arguments) {
    errors.add(new FieldError(field, messages.get(key, arguments)));
  }
}
