package fr.complaintregister.process;

import fr.complaintregister.retention.ClientDataAnonymisation;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The nightly anonymisation (bpmn/personal-data-retention.bpmn): one batch of rows per job, until none is left. */
@Configuration
class AnonymisationDelegates {

  /** Whether the last batch was full, so that another one runs. */
  static final String MORE_ROWS = "moreRows";

  @Bean
  JavaDelegate anonymiseExpiredRows(ClientDataAnonymisation anonymisation) {
    return execution -> execution.setVariable(MORE_ROWS, anonymisation.anonymiseNextBatch());
  }
}
