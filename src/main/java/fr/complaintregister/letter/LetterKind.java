package fr.complaintregister.letter;

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
   * Whether the letter is read before the task that issues it: the register alone says all it says (not the handler's
   * news nor an answer yet to come), and it is not issued yet (the receipt is, at recording).
   */
  boolean previewable() {
    return this == ACKNOWLEDGEMENT;
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
