package fr.complaintregister.notification;

import fr.complaintregister.complaint.DeadlineAlert;
import java.util.Arrays;

/** A deadline staff are told about by mail: a reminder before it, an escalation to the direction once it has passed. */
public enum StaffAlert {
  ACKNOWLEDGEMENT_REMINDER(DeadlineAlert.ACKNOWLEDGEMENT_REMINDER),
  ACKNOWLEDGEMENT_ESCALATION(DeadlineAlert.ACKNOWLEDGEMENT_ESCALATION),
  ANSWER_REMINDER(DeadlineAlert.ANSWER_REMINDER),
  ANSWER_ESCALATION(DeadlineAlert.ANSWER_ESCALATION),
  ACTION_REMINDER(null),
  ACTION_ESCALATION(null);

  /** The complaint's deadline, or null for a corrective action's. */
  private final DeadlineAlert complaintDeadline;

  StaffAlert(DeadlineAlert complaintDeadline) {
    this.complaintDeadline = complaintDeadline;
  }

  /** Every complaint deadline has its staff alert (StaffAlertTests): a timer never fails for want of one. */
  public static StaffAlert of(DeadlineAlert alert) {
    return Arrays.stream(values()).filter(staffAlert -> staffAlert.complaintDeadline == alert).findFirst().orElseThrow();
  }

  public static StaffAlert ofAction(boolean late) {
    return late ? ACTION_ESCALATION : ACTION_REMINDER;
  }

  DeadlineAlert complaintDeadline() {
    return complaintDeadline;
  }

  boolean aboutAction() {
    return complaintDeadline == null;
  }

  boolean escalation() {
    return this == ACKNOWLEDGEMENT_ESCALATION || this == ANSWER_ESCALATION || this == ACTION_ESCALATION;
  }
}
