package fr.complaintregister.notification;

/** Mails staff once the step that raised the alert has committed: implemented by the engine glue as jobs with retries. */
public interface StaffMailing {

  void mailAfterCommit(StaffAlert alert, String reference, String agency);
}
