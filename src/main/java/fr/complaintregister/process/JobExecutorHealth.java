package fr.complaintregister.process;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The job executor in {@code /actuator/health}: down only when it should run and does not (timers and
 * mail would wait). Its backlog, failed jobs and incidents are details, not a reason to take the node out
 * of the load balancer: they wait in Cockpit whichever node answers. Named as Camunda's own indicator, which
 * it replaces: that one is down whenever the executor is off, also where it is turned off on purpose.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

  private final JobExecutor jobExecutor;
  private final boolean enabled;
  private final EngineWorkload workload;

  /**
   * The engine's own job executor: where job execution is turned off, the engine keeps one that never starts.
   * The setting is read as the starter reads it, on by default (its properties object says off when unset).
   */
  JobExecutorHealth(ProcessEngineConfigurationImpl engine,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled, EngineWorkload workload) {
    this.jobExecutor = engine.getJobExecutor();
    this.enabled = enabled;
    this.workload = workload;
  }

  /** The status costs no query; the counts are read only for someone who sees details, and their failure is a detail too. */
  @Override
  public Health getHealth(boolean includeDetails) {
    boolean active = jobExecutor.isActive();
    Health.Builder health = (enabled && !active ? Health.down() : Health.up());
    if (includeDetails) {
      // The lock owner names this node's locks in ACT_RU_JOB: after a node dies, its jobs wait for their lock to expire.
      health.withDetail("enabled", enabled).withDetail("active", active).withDetail("lockOwner", jobExecutor.getLockOwner());
      try {
        EngineWorkload.Workload now = workload.now();
        health.withDetail("dueJobs", now.dueJobs()).withDetail("failedJobs", now.failedJobs())
            .withDetail("openIncidents", now.openIncidents());
      } catch (DataAccessException | org.camunda.bpm.engine.ProcessEngineException countsUnread) {
        health.withDetail("workload", countsUnread.getMessage());
      }
    }
    return health.build();
  }

  @Override
  public Health health() {
    return getHealth(true);
  }
}
