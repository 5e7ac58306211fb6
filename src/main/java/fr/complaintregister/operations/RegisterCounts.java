package fr.complaintregister.operations;

import fr.complaintregister.complaint.ComplaintRegister;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The register's rows counted by agency and origin (FS complaints, QS questionnaire items and reviews), in one query. */
@Repository
class RegisterCounts {

  /** One agency's rows of one origin: every row ever received, those still open, those of them overdue. */
  record Count(String agency, String origin, long received, long open, long overdue) {
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final ComplaintRegister register;

  RegisterCounts(NamedParameterJdbcTemplate jdbc, ComplaintRegister register) {
    this.jdbc = jdbc;
    this.register = register;
  }

  List<Count> byAgencyAndOrigin() {
    return jdbc.query("""
        SELECT agency, origin, COUNT(*) AS received,
          SUM(CASE WHEN status IN (:openStatuses) THEN 1 ELSE 0 END) AS open_rows,
          SUM(CASE WHEN """ + ComplaintRegister.OVERDUE + """
         THEN 1 ELSE 0 END) AS overdue_rows
        FROM register_entry GROUP BY agency, origin""", register.overdueParameters(),
        (row, index) -> new Count(row.getString("agency"), row.getString("origin"), row.getLong("received"),
            row.getLong("open_rows"), row.getLong("overdue_rows")));
  }
}
