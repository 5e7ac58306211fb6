package fr.complaintregister.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a register row stands in its handling: a complaint (FS), or a satisfaction questionnaire
 * answer or review (QS: {@code RECORDED} when nothing is to be done, {@code TO_EXAMINE} when
 * negative, then {@code EXAMINED}).
 */
public enum ComplaintStatus {
  AWAITING_ACKNOWLEDGEMENT, IN_PROGRESS, AWAITING_SIGNATURE, ANSWERED, WITHDRAWN,
  RECORDED, TO_EXAMINE, EXAMINED;

  public static final Set<ComplaintStatus> OPEN =
      EnumSet.of(AWAITING_ACKNOWLEDGEMENT, IN_PROGRESS, AWAITING_SIGNATURE, TO_EXAMINE);
  public static final Set<ComplaintStatus> CLOSED = EnumSet.of(ANSWERED, WITHDRAWN, RECORDED, EXAMINED);
  /** A complaint's statuses: a review is never awaiting an answer, a complaint never examined. */
  public static final Set<ComplaintStatus> OF_COMPLAINTS =
      EnumSet.of(AWAITING_ACKNOWLEDGEMENT, IN_PROGRESS, AWAITING_SIGNATURE, ANSWERED, WITHDRAWN);
  public static final Set<ComplaintStatus> OF_REVIEWS = EnumSet.of(RECORDED, TO_EXAMINE, EXAMINED);
}
