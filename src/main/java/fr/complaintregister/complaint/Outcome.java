package fr.complaintregister.complaint;

/** What the answer grants the client. */
public enum Outcome {
  ACCEPTED, PARTIALLY_REJECTED, REJECTED;

  /** The plan requires recourse options whenever the client's request is rejected, even in part. */
  public boolean requiresRecourseOptions() {
    return this != ACCEPTED;
  }
}
