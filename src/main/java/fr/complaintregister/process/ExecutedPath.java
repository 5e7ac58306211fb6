package fr.complaintregister.process;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The sequence flows each process instance took, in order, kept as long as the register. */
@Component
public class ExecutedPath implements ExecutionListener {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ExecutedPath(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    jdbc.update("""
        INSERT INTO executed_sequence_flow (process_instance_id, process_definition_id, sequence_flow_id, taken_at)
        VALUES (?, ?, ?, ?)""",
        execution.getProcessInstanceId(), execution.getProcessDefinitionId(),
        execution.getCurrentTransitionId(), LocalDateTime.now(clock));
  }

  public List<String> of(String processInstanceId) {
    return taken(processInstanceId).stream().map(TakenFlow::sequenceFlowId).toList();
  }

  /** The flows the instance took, in order, each with when (Europe/Paris): what the auditor's diagram highlights. */
  public List<TakenFlow> taken(String processInstanceId) {
    return jdbc.query("""
            SELECT sequence_flow_id, taken_at FROM executed_sequence_flow
            WHERE process_instance_id = ? ORDER BY id""",
        (row, number) -> new TakenFlow(row.getString("sequence_flow_id"),
            row.getObject("taken_at", LocalDateTime.class)),
        processInstanceId);
  }

  public record TakenFlow(String sequenceFlowId, LocalDateTime takenAt) {
  }
}
