package fr.complaintregister.complaint;

/** The caller's role or agency does not allow what they asked; nothing was changed. */
public class AccessRefusedException extends RuntimeException {

  private final String field;

  public AccessRefusedException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The form field the refusal is about, or {@code null} when it is about the whole request. */
  public String field() {
    return field;
  }
}
