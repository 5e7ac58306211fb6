package fr.complaintregister.letter;

import fr.complaintregister.complaint.ComplaintStatus;

/** The letters a client receives, each from its own template in {@code letters/}. */
public enum LetterKind {
  RECEIPT("recepisse"),
  ACKNOWLEDGEMENT("accuse-de-reception"),
  INTERIM_NEWS("point-d-etape"),
  ANSWER("reponse"),
  ANSWERED_AT_ONCE("reponse-immediate");

  private final String template;

  LetterKind(String template) {
    this.template = template;
  }

  /**
   * The status in which the letter is read before the task that issues it, or null: the acknowledgement says what the
   * register says; the answer, what its author submitted, while it awaits its signature. Not the handler's news (still
   * to write), nor the receipt (issued at recording).
   */
  ComplaintStatus previewedWhile() {
    return switch (this) {
      case ACKNOWLEDGEMENT -> ComplaintStatus.AWAITING_ACKNOWLEDGEMENT;
      case ANSWER -> ComplaintStatus.AWAITING_SIGNATURE;
      default -> null;
    };
  }

  /** Whether the letter goes by mail to a client with an email address: the receipt is handed over at the counter. */
  boolean mailed() {
    return this != RECEIPT;
  }

  /** The template's name, without its folder and {@code .html}. */
  String template() {
    return template;
  }
}
