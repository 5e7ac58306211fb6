package fr.complaintregister.complaint;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks the optional note left when completing a task (acknowledgement, keeping the client informed, a late complaint). */
@Component
public class NoteForm {

  public static final String NOTE = "followUpNote";
  /** As the task forms announce it. */
  static final int MAX_LENGTH = 3000;

  private final Messages messages;

  public NoteForm(Messages messages) {
    this.messages = messages;
  }

  /** @throws InvalidInputException when the note is not a text, too long or holds control characters */
  public String read(Map<String, ?> values) {
    SubmittedFields fields = new SubmittedFields(values, messages);
    String note = fields.optionalText(NOTE, MAX_LENGTH);
    fields.throwIfInvalid();
    return note;
  }

  /** A note that a letter carries to the client: a letter is not sent with nothing to say. */
  public String readRequired(Map<String, ?> values) {
    SubmittedFields fields = new SubmittedFields(values, messages);
    String note = fields.requiredText(NOTE, MAX_LENGTH);
    fields.throwIfInvalid();
    return note;
  }
}
