package fr.complaintregister.process;

import fr.complaintregister.notification.StaffMail;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily digest's two steps (bpmn/staff-digest.bpmn): list who gets one, then mail each in a job of its own. */
@Configuration
class StaffDigestDelegates {

  /** The multi-instance's collection and element variables. */
  static final String RECIPIENTS = "recipients";
  static final String RECIPIENT = "recipient";

  @Bean
  JavaDelegate listDigestRecipients(StaffMail staffMail) {
    return execution -> execution.setVariable(RECIPIENTS, staffMail.digestRecipients());
  }

  @Bean
  JavaDelegate mailDigest(StaffMail staffMail) {
    return execution -> staffMail.sendDigest((String) execution.getVariable(RECIPIENT));
  }
}
