package fr.complaintregister.process;

import fr.complaintregister.letter.LetterMailing;
import org.springframework.stereotype.Component;

/**
 * One small process per letter (bpmn/letter-mail.bpmn): its send task is an asynchronous job with
 * its own retries, so the mail leaves after the issuing step commits, and a later step's retry
 * never sends an earlier letter again.
 */
@Component
class CamundaLetterMailing implements LetterMailing {

  static final String PROCESS_KEY = "letterMail";
  static final String LETTER_ID = "letterId";

  private final AfterCommitProcesses processes;

  CamundaLetterMailing(AfterCommitProcesses processes) {
    this.processes = processes;
  }

  @Override
  public void mailAfterCommit(long letterId, String orderNumber, String agency) {
    processes.start(PROCESS_KEY, orderNumber, agency, LETTER_ID, letterId);
  }
}
