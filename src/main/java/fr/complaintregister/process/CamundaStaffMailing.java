package fr.complaintregister.process;

import fr.complaintregister.notification.StaffAlert;
import fr.complaintregister.notification.StaffMailing;
import org.springframework.stereotype.Component;

/**
 * One small process per alert (bpmn/staff-mail.bpmn), like a letter's mail: it lists whom to tell
 * after the timer's transaction commits, then mails each person in a job of their own.
 */
@Component
class CamundaStaffMailing implements StaffMailing {

  static final String PROCESS_KEY = "staffMail";

  private final AfterCommitProcesses processes;

  CamundaStaffMailing(AfterCommitProcesses processes) {
    this.processes = processes;
  }

  @Override
  public void mailAfterCommit(StaffAlert alert, String reference, String agency) {
    processes.start(PROCESS_KEY, reference, agency, StaffMailVariables.ALERT, alert.name());
  }
}
