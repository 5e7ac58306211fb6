package fr.complaintregister.complaint;

import java.util.EnumSet;
import java.util.Set;

/** Where a complaint stands in its handling. */
public enum ComplaintStatus {
  AWAITING_ACKNOWLEDGEMENT, IN_PROGRESS, AWAITING_SIGNATURE, ANSWERED, WITHDRAWN;

  public static final Set<ComplaintStatus> OPEN = EnumSet.of(AWAITING_ACKNOWLEDGEMENT, IN_PROGRESS, AWAITING_SIGNATURE);
  public static final Set<ComplaintStatus> CLOSED = EnumSet.of(ANSWERED, WITHDRAWN);
}
