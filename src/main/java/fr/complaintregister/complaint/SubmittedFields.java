package fr.complaintregister.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the fields of a submitted form or JSON body, whatever their source (Tasklist or the
 * domain API), and collects a French message for every field that is wrong.
 */
class SubmittedFields {

  private final Map<String, ?> values;
  private final Messages messages;
  private final List<FieldError> errors = new ArrayList<>();

  SubmittedFields(Map<String, ?> values, Messages messages) {
    this.values = values;
    this.messages = messages;
  }

  String requiredText(String field, int maxLength) {
    String text = optionalText(field, maxLength);
    if (text == null) {
      reject(field, "error.required");
    }
    return text;
  }

  String optionalText(String field, int maxLength) {
    Object value = values.get(field);
    String text = value == null ? null : value.toString().strip();
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.length() > maxLength) {
      reject(field, "error.tooLong", maxLength);
    }
    return text;
  }

  <T> T requiredChoice(String field, Function<String, Optional<T>> parser) {
    String code = requiredText(field, 50);
    return code == null ? null : choice(field, code, parser);
  }

  <T> T optionalChoice(String field, Function<String, Optional<T>> parser, T absent) {
    String code = optionalText(field, 50);
    return code == null ? absent : choice(field, code, parser);
  }

  private <T> T choice(String field, String code, Function<String, Optional<T>> parser) {
    Optional<T> choice = parser.apply(code);
    if (choice.isEmpty()) {
      reject(field, "error.unknownValue", code);
    }
    return choice.orElse(null);
  }

  /** A date as the API sends it (2026-01-31) or as a French user types it (31/01/2026). */
  LocalDate optionalDate(String field) {
    String text = optionalText(field, 30);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text, text.contains("/") ? FrenchDate.FORMAT : DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      reject(field, "error.date");
      return null;
    }
  }

  boolean flag(String field) {
    Object value = values.get(field);
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    String text = value.toString().strip();
    if (!text.equals("true") && !text.equals("false")) {
      reject(field, "error.flag");
    }
    return Boolean.parseBoolean(text);
  }

  BigDecimal optionalAmount(String field) {
    String text = optionalText(field, 30);
    if (text == null) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(text.replace(',', '.'));
      if (amount.signum() < 0 || amount.scale() > 2) {
        reject(field, "error.amount");
      }
      return amount;
    } catch (NumberFormatException e) {
      reject(field, "error.amount");
      return null;
    }
  }

  static <E extends Enum<E>> Function<String, Optional<E>> constantOf(Class<E> type) {
    return code -> Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(code))
        .findFirst();
  }

  void reject(String field, String messageKey, Object... arguments) {
    Object[] withLabel = new Object[arguments.length + 1];
    withLabel[0] = messages.get("field." + field);
    System.arraycopy(arguments, 0, withLabel, 1, arguments.length);
    errors.add(new FieldError(field, messages.get(messageKey, withLabel)));
  }

  /** Throws when any field was wrong, so that nothing gets written. */
  void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
