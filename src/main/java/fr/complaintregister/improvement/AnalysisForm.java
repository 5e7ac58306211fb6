package fr.complaintregister.improvement;

import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.SubmittedFields;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the forms that decide an action: the analysis of a row that may call for one, and a new decision after an
 * action was found not effective. Each field with the type its form field sends, so that a variable of another type
 * sent through the engine REST API is refused in French rather than failing.
 */
@Component
public class AnalysisForm {

  public static final String CHOICE = "analysisChoice";
  public static final String SUBJECT = "actionSubject";
  public static final String PERSON_IN_CHARGE = "personInCharge";
  public static final String DUE_DATE = "dueDate";
  public static final String CHECK_DATE = "checkDate";
  public static final String EXISTING_ACTION = "existingAction";
  public static final String NO_ACTION_REASON = "noActionReason";
  public static final String ANOTHER = "anotherAction";

  /** The form's fields: read once, then removed, so that the next round of the analysis starts blank. */
  public static final List<String> FIELDS = List.of(CHOICE, SUBJECT, PERSON_IN_CHARGE, DUE_DATE, CHECK_DATE,
      EXISTING_ACTION, NO_ACTION_REASON, ANOTHER);

  /** The reason is written to the row's follow-up log, whose lines hold 4,000 characters with their prefix. */
  private static final int MAX_REASON_LENGTH = 3000;

  /** The choices of the analysis form. */
  enum Choice { NEW_ACTION, EXISTING_ACTION, NO_ACTION }

  /**
   * @param another whether the quality manager has one more action to decide or link for the same row
   */
  public record Analysis(AnalysisOutcome outcome, boolean another) {
  }

  private final Messages messages;

  AnalysisForm(Messages messages) {
    this.messages = messages;
  }

  /** @throws fr.complaintregister.complaint.InvalidInputException listing every wrong field */
  public Analysis read(Map<String, ?> values) {
    SubmittedFields fields = new SubmittedFields(values, messages);
    Choice choice = fields.requiredChoice(CHOICE, SubmittedFields.constantOf(Choice.class));
    AnalysisOutcome outcome = choice == null ? null : switch (choice) {
      case NEW_ACTION -> new AnalysisOutcome.NewAction(decision(fields));
      case EXISTING_ACTION -> new AnalysisOutcome.ExistingAction(fields.requiredText(EXISTING_ACTION, 32));
      case NO_ACTION -> new AnalysisOutcome.NoAction(fields.requiredText(NO_ACTION_REASON, MAX_REASON_LENGTH));
    };
    boolean another = fields.flag(ANOTHER) && choice != Choice.NO_ACTION;
    fields.throwIfInvalid();
    return new Analysis(outcome, another);
  }

  /** A decision as typed: whether the person may take it and the dates hold together is the register's check. */
  public ActionDecision readDecision(Map<String, ?> values) {
    SubmittedFields fields = new SubmittedFields(values, messages);
    ActionDecision decision = decision(fields);
    fields.throwIfInvalid();
    return decision;
  }

  private static ActionDecision decision(SubmittedFields fields) {
    return new ActionDecision(fields.requiredText(SUBJECT, 2000), fields.requiredText(PERSON_IN_CHARGE, 100),
        fields.optionalDate(DUE_DATE), fields.optionalDate(CHECK_DATE));
  }
}
