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

  /** Whether the register alone says all the letter says, before it is issued: not the handler's news nor an answer yet to come. */
  boolean previewable() {
    return this == RECEIPT || this == ACKNOWLEDGEMENT;
  }

  /** The template's name, without its folder and {@code .html}. */
  String template() {
    return template;
  }
}
