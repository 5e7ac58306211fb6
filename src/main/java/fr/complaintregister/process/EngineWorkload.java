package fr.complaintregister.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * What the engine has to do and could not do, counted across every agency: read outside any
 * user's authentication, so the engine checks no authorization and counts every tenant's jobs.
 */
@Component
public class EngineWorkload {

  /**
   * @param dueJobs jobs the job executor may run now (due, retries left, not suspended): its backlog
   * @param failedJobs jobs whose retries are spent, each waiting in Cockpit as an incident
   * @param openIncidents incidents not yet resolved (failed jobs and any other kind)
   */
  public record Workload(long dueJobs, long failedJobs, long openIncidents) {
  }

  private final ManagementService managementService;
  private final RuntimeService runtimeService;

  EngineWorkload(ManagementService managementService, RuntimeService runtimeService) {
    this.managementService = managementService;
    this.runtimeService = runtimeService;
  }

  public Workload now() {
    return new Workload(managementService.createJobQuery().executable().active().count(),
        managementService.createJobQuery().noRetriesLeft().count(),
        runtimeService.createIncidentQuery().count());
  }
}
