package fr.complaintregister.history;

import fr.complaintregister.history.InstanceHistory.TakenFlow;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The sequence flows a process instance took, as the process's {@code ExecutedPath} listener recorded them. */
@Repository
class TakenFlows {

  private final JdbcTemplate jdbc;

  TakenFlows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<TakenFlow> of(String processInstanceId) {
    return jdbc.query("""
            SELECT sequence_flow_id, taken_at FROM executed_sequence_flow
            WHERE process_instance_id = ? ORDER BY id""",
        (row, number) -> new TakenFlow(row.getString("sequence_flow_id"), row.getTimestamp("taken_at").toLocalDateTime()),
        processInstanceId);
  }
}
