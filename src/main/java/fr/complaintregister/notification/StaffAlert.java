package fr.complaintregister.notification;

import fr.complaintregister.complaint.DeadlineAlert;

/** A deadline staff are told about by mail: a reminder before it, an escalation to the direction once it has passed. */
public enum StaffAlert {
  ACKNOWLEDGEMENT_REMINDER, ACKNOWLEDGEMENT_ESCALATION, ANSWER_REMINDER, ANSWER_ESCALATION, ACTION_REMINDER, ACTION_ESCALATION;

  public static StaffAlert of(DeadlineAlert alert) {
    return valueOf(alert.name());
  }

  public static StaffAlert ofAction(boolean late) {
    return late ? ACTION_ESCALATION : ACTION_REMINDER;
  }

  /** Whether the alert is about a corrective action rather than a complaint. */
  boolean aboutAction() {
    return this == ACTION_REMINDER || this == ACTION_ESCALATION;
  }
}
