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
 * Reads the fields of a submitted form or JSON body, whatever their source (Tasklist, the engine
 * REST API or the domain API), and collects a French message for every field that is wrong. Each
 * field is read with the types its form field sends (a text as a String, a checkbox as a Boolean,
 * a number as a number): the engine REST API accepts any variable type, so anything else is
 * refused rather than converted.
 */
public class SubmittedFields {

  /** The register's amount column holds 10 digits before the decimal point. */
  private static final int MAX_AMOUNT_DIGITS = 10;

  private final Map<String, ?> values;
  private final Messages messages;
  private final List<FieldError> errors = new ArrayList<>();

  public SubmittedFields(Map<String, ?> values, Messages messages) {
    this.values = values;
    this.messages = messages;
  }

  public String requiredText(String field, int maxLength) {
    String text = optionalText(field, maxLength);
    if (text == null && (values.get(field) == null || values.get(field) instanceof String)) {
      reject(field, "error.required");
    }
    return text;
  }

  public String optionalText(String field, int maxLength) {
    Object value = values.get(field);
    if (value != null && !(value instanceof String)) {
      reject(field, "error.notText");
      return null;
    }
    String text = value == null ? null : ((String) value).strip();
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.length() > maxLength) {
      reject(field, "error.tooLong", maxLength);
    } else if (ControlCharacters.foundIn(text)) {
      reject(field, "error.controlCharacter");
    }
    return text;
  }

  public <T> T requiredChoice(String field, Function<String, Optional<T>> parser) {
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
  public LocalDate optionalDate(String field) {
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

  public boolean flag(String field) {
    Object value = values.get(field);
    if (value != null && !(value instanceof Boolean)) {
      reject(field, "error.flag");
    }
    return Boolean.TRUE.equals(value);
  }

  /** A whole number from min to max, as a form's number field or JSON sends it: 3 or 3.0, never "3" nor 3.5. */
  Integer optionalWholeNumber(String field, int min, int max) {
    Object value = values.get(field);
    if (value == null) {
      return null;
    }
    try {
      BigDecimal decimal = value instanceof Number number ? new BigDecimal(number.toString()) : null;
      if (decimal != null && decimal.stripTrailingZeros().scale() <= 0
          && decimal.compareTo(BigDecimal.valueOf(min)) >= 0 && decimal.compareTo(BigDecimal.valueOf(max)) <= 0) {
        return decimal.intValueExact();
      }
    } catch (NumberFormatException notFinite) {
      // NaN or infinity: refused below like any other value that is not a whole number
    }
    reject(field, "error.wholeNumber", min, max);
    return null;
  }

  /** An amount in euros, as the form's number field sends it (an integer or a decimal number). */
  BigDecimal optionalAmount(String field) {
    Object value = values.get(field);
    if (value == null) {
      return null;
    }
    try {
      if (!(value instanceof Integer || value instanceof Long || value instanceof Short
          || value instanceof Double || value instanceof BigDecimal)) {
        throw new NumberFormatException();
      }
      BigDecimal amount = new BigDecimal(value.toString());
      BigDecimal significant = amount.stripTrailingZeros();
      if (amount.signum() < 0 || significant.scale() > 2 || significant.precision() - significant.scale() > MAX_AMOUNT_DIGITS) {
        reject(field, "error.amount");
      }
      return amount;
    } catch (NumberFormatException e) {
      reject(field, "error.amount");
      return null;
    }
  }

  public static <E extends Enum<E>> Function<String, Optional<E>> constantOf(Class<E> type) {
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
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
