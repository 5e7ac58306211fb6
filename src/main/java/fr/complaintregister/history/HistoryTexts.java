package fr.complaintregister.history;

import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.history.InstanceHistory.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * The French a reader of the history reads: the form fields by their labels ({@code field.<name>}), and only those
 * (a variable without a label is routing data, not something a person entered), with their values in words; the
 * engine's operations by their French names.
 */
@Component
class HistoryTexts {

  /** The properties whose values the engine logs as milliseconds since 1970. */
  private static final Set<String> DATE_PROPERTIES = Set.of("dueDate", "followUpDate", "duedate", "removalTime");
  /** The properties whose values are login ids, which a reader reads as names. */
  private static final Set<String> PERSON_PROPERTIES = Set.of("assignee", "owner", "userId");

  private final Messages messages;
  private final Clock clock;

  HistoryTexts(Messages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  Optional<Field> entered(String name, Object value) {
    return messages.find("field." + name).map(label -> new Field(label, value(name, value)));
  }

  String operation(String operationType, String entityType) {
    return messages.find("history.operation." + entityType + "." + operationType)
        .or(() -> messages.find("history.operation." + operationType))
        .orElseGet(() -> messages.get("history.operation.other"));
  }

  /**
   * The change one log entry records, or null for a property a reader has no use for (an internal id).
   *
   * @param names the history's lookup of people's names
   */
  Field change(UserOperationLogEntry entry, UnaryOperator<String> names) {
    if (entry.getProperty() == null) {
      return null;
    }
    return messages.find("history.property." + entry.getProperty())
        .map(label -> new Field(label, changedValue(entry.getProperty(), entry.getNewValue(), names)))
        .orElse(null);
  }

  private String changedValue(String property, String value, UnaryOperator<String> names) {
    if (value == null || value.isEmpty()) {
      return messages.get("history.value.none");
    }
    if (DATE_PROPERTIES.contains(property) && value.chars().allMatch(Character::isDigit)) {
      return LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(value)), clock.getZone())
          .format(FrenchDate.WITH_TIME);
    }
    if (PERSON_PROPERTIES.contains(property)) {
      return names.apply(value);
    }
    return inWords(property, value);
  }

  private String value(String name, Object value) {
    if (value instanceof Boolean yes) {
      return messages.get(yes ? "history.value.yes" : "history.value.no");
    }
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), clock.getZone()).toLocalDate().format(FrenchDate.FORMAT);
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
    }
    return inWords(name, value);
  }

  /** A coded value (an outcome, a suspension state…) in French words, any other as it is. */
  private String inWords(String name, Object value) {
    return messages.find("history.value." + name + "." + value).orElse(value.toString());
  }
}
