package fr.complaintregister.process;

import fr.complaintregister.letter.LetterMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The send task of a letter's mail: a failure rolls back and leaves the job to its retries. */
@Component("mailLetter")
public class MailLetterDelegate implements JavaDelegate {

  private final LetterMail letterMail;

  public MailLetterDelegate(LetterMail letterMail) {
    this.letterMail = letterMail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letterMail.send(((Number) execution.getVariable(CamundaLetterMailing.LETTER_ID)).longValue());
  }
}
