package fr.complaintregister.improvement;

/** Where a corrective action stands. */
public enum ActionStatus {
  /** Decided, not yet started by its person in charge. */
  DECIDED,
  /** Being carried out by its person in charge. */
  IN_PROGRESS,
  /** Carried out; the quality manager checks whether it worked. */
  CHECKING,
  /** Found effective. */
  CLOSED
}
