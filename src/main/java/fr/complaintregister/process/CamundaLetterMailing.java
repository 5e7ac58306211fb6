package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.letter.LetterMailing;
import fr.complaintregister.security.AsTheEngine;
import org.camunda.bpm.engine.RuntimeService;
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

  private final RuntimeService runtimeService;
  private final AsTheEngine asTheEngine;

  CamundaLetterMailing(RuntimeService runtimeService, AsTheEngine asTheEngine) {
    this.runtimeService = runtimeService;
    this.asTheEngine = asTheEngine;
  }

  /** The issuing step checked the caller; the engine starts the mail as itself, in the complaint's agency (its tenant). */
  @Override
  public void mailAfterCommit(long letterId, String orderNumber, String agency) {
    asTheEngine.run(() -> runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(orderNumber)
        .setVariable(ProcessVariables.ORDER_NUMBER, orderNumber)
        .setVariable(ComplaintForm.AGENCY, agency)
        .setVariable(LETTER_ID, letterId)
        .execute());
  }
}
