package fr.complaintregister.improvement;

import java.util.EnumSet;
import java.util.Set;

/** Where a corrective action stands. */
public enum ActionStatus {
  /** Decided, not yet started by its person in charge. */
  DECIDED,
  /** Being carried out by its person in charge. */
  IN_PROGRESS,
  /** Carried out; the quality manager checks whether it worked. */
  CHECKING,
  /** Found effective. */
  CLOSED;

  public static final Set<ActionStatus> OPEN = EnumSet.of(DECIDED, IN_PROGRESS, CHECKING);
  /** Not carried out yet: past the due date, such an action is late. */
  static final Set<ActionStatus> TO_CARRY_OUT = EnumSet.of(DECIDED, IN_PROGRESS);
}
