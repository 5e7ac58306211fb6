package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * After a stop, the timers that fell due meanwhile fire together: the follow-up log still reads
 * in the order of their due dates (a reminder before its escalation), as the job executor runs
 * them. In 2022, before every other test's complaints, so that only these timers are due.
 */
class DueTimersOrderTests extends ComplaintTestSupport {

  /** The whole backlog in one acquisition: one batch per complaint, run in the order acquired. */
  private static final int BACKLOG = 50;

  @Test
  void timersDueTogetherWriteTheirFollowUpsInTheOrderOfTheirDueDates() throws InterruptedException {
    clockAt("2022-01-03T09:00");
    String agency = newAgency();
    List<ProcessInstance> neverHandled = List.of(receivedOn(agency, "2022-01-03"), receivedOn(agency, "2022-01-03"),
        receivedOn(agency, "2022-01-03"));

    clockAt("2022-03-10T09:00");
    runJobExecutorUntilNoneIsDue(neverHandled);

    assertThat(neverHandled).allSatisfy(complaint -> assertThat(followUpTexts(complaint)).containsExactly(
        "Réclamation reçue par courrier et enregistrée au registre.",
        "Courrier émis : Récépissé, « Récépissé " + complaint.getBusinessKey() + " du 03-01-2022.pdf », à imprimer.",
        "Rappel : l'accusé de réception doit être adressé au plus tard le 13/01/2022.",
        "Retard : l'accusé de réception n'a pas été adressé avant le 13/01/2022 inclus. Direction alertée.",
        "Rappel : la réponse doit être apportée au plus tard le 03/03/2022.",
        "Retard : la réponse n'a pas été apportée avant le 03/03/2022 inclus. Direction alertée."));
  }

  private void runJobExecutorUntilNoneIsDue(List<ProcessInstance> complaints) throws InterruptedException {
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor();
    int maxJobsPerAcquisition = jobExecutor.getMaxJobsPerAcquisition();
    jobExecutor.setMaxJobsPerAcquisition(BACKLOG);
    jobExecutor.start();
    try {
      Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
      while (complaints.stream().anyMatch(this::hasDueJobs) && Instant.now().isBefore(giveUp)) {
        Thread.sleep(200);
      }
    } finally {
      jobExecutor.shutdown();
      jobExecutor.setMaxJobsPerAcquisition(maxJobsPerAcquisition);
    }
  }

  private boolean hasDueJobs(ProcessInstance complaint) {
    return managementService.createJobQuery().processInstanceId(complaint.getId()).executable().count() > 0;
  }
}
