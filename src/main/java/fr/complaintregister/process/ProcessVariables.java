package fr.complaintregister.process;

/** Names of the variables the complaint process routes on. Client data lives in the register. */
final class ProcessVariables {

  /** For display only (Tasklist's column): the process reads the order number from the business key. */
  static final String ORDER_NUMBER = "orderNumber";
  /** For display only (Tasklist's columns): copies of the register's client name and subject. */
  static final String CLIENT_NAME = "clientName";
  static final String SUBJECT = "subject";
  static final String ANSWERED_AT_ONCE = "answeredAtOnce";
  /** A review to examine: rated below the threshold or marked negative by hand. */
  static final String NEGATIVE_REVIEW = "negativeReview";
  /** An answer written in the recording form waits for its check: a transient mark, see {@link DeskAnswer}. */
  static final String ANSWER_FROM_DESK = "answerFromDesk";
  /** Whether the recorder gets a task showing what to hand over to the client; false for the domain API, which returns it. */
  static final String RECEIPT_TO_HAND_OVER = "receiptToHandOver";
  static final String RECOURSE_OPTIONS = "recourseOptions";
  /** The qualification table's rows for the complaint's category: who may answer it. */
  static final String QUALIFIED_HANDLERS = "qualifiedHandlers";
  static final String ANSWERED_BY = "answeredBy";
  /** The commercial gesture in euros, 0 when there is none: the signing-level table reads it. */
  static final String GESTURE_AMOUNT = "gestureAmount";
  /** The group at or above which the answer must be signed, from the signing-level table. */
  static final String REQUIRED_SIGNING_GROUP = "requiredSigningGroup";
  static final String ANSWER_SIGNED = "answerSigned";
  static final String SIGNATURE_DECISION = "signatureDecision";
  static final String SIGNATURE_COMMENT = "signatureComment";
  /**
   * Why the last signatory sent the answer back, shown on the answer form until the answer is
   * signed: Markdown for the form's text view, which shows it as typed.
   */
  static final String SIGNATURE_REFUSAL = "signatureRefusal";

  /** The withdrawal the register's checks accepted: the withdrawal event sub-process writes it to the register. */
  static final String WITHDRAWAL_KIND = "withdrawalKind";
  static final String WITHDRAWAL_REASON = "withdrawalReason";
  static final String WITHDRAWN_BY = "withdrawnBy";
  static final String REPLACED_BY = "replacedBy";

  private ProcessVariables() {
  }
}
