package fr.complaintregister.process;

/** The variables of the staff mail processes (bpmn/staff-mail.bpmn, bpmn/staff-digest.bpmn). */
final class StaffMailVariables {

  /** The {@link fr.complaintregister.notification.StaffAlert} to tell of. */
  static final String ALERT = "alert";
  /** The multi-instance's collection of user ids, and its element: one mail, one job, per person. */
  static final String RECIPIENTS = "recipients";
  static final String RECIPIENT = "recipient";
  /** For the digest: each recipient's task ids, listed once by the first step. */
  static final String DIGEST_TASKS = "digestTasks";
  /** The day the digest was listed (ISO), so that a retry another day sends no stale list. */
  static final String DIGEST_DAY = "digestDay";

  private StaffMailVariables() {
  }
}
