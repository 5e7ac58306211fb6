package fr.complaintregister.cluster;

import fr.complaintregister.testing.TestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The one database a cluster's nodes share, read by the test as an auditor would: the register's rows and
 * follow-ups, the engine's running instances, tasks and jobs, and its job log (which node ran which job).
 * Timestamps are the nodes' Europe/Paris local time, as this JVM's.
 */
final class ClusterDatabase {

  private static final String RUNS = "select job_id_, process_instance_id_, act_id_, hostname_, timestamp_"
      + " from act_hi_job_log where job_state_ = 2";

  /** Each timer that catches up after a long outage and the start of the follow-up line it writes on the register. */
  static final Map<String, String> FOLLOW_UP_OF_TIMER = Map.of(
      "Timer_AcknowledgementReminder", "Rappel : l'accusé de réception",
      "Timer_AcknowledgementEscalation", "Retard : l'accusé de réception",
      "Timer_AnswerReminder", "Rappel : la réponse",
      "Timer_AnswerEscalation", "Retard : la réponse");
  /** Bounds every read, so that a stuck server fails the test instead of hanging the build. */
  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

  private final String url;
  private final JdbcTemplate jdbc;

  ClusterDatabase(String url) {
    this.url = url;
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password());
    Properties timeouts = new Properties();
    timeouts.setProperty("connectTimeout", "10");
    timeouts.setProperty("socketTimeout", String.valueOf(QUERY_TIMEOUT.multipliedBy(2).toSeconds()));
    dataSource.setConnectionProperties(timeouts);
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setQueryTimeout((int) QUERY_TIMEOUT.toSeconds());
  }

  /**
   * A new, empty database for one test class, dropped when the test JVM exits; those of the prefix that a killed
   * earlier run left behind are dropped first.
   */
  static ClusterDatabase fresh(String prefix) {
    TestDatabase.dropStaleDatabases(prefix);
    return new ClusterDatabase(TestDatabase.url(TestDatabase.newDatabase(prefix)));
  }

  String url() {
    return url;
  }

  /** The database's name, as PostgreSQL's client tools take it. */
  String name() {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  JdbcTemplate jdbc() {
    return jdbc;
  }

  List<String> orderNumbers(String agency) {
    return jdbc.queryForList("select order_number from register_entry where agency = ? order by order_number", String.class, agency);
  }

  /** The register rows among these order numbers, each with the process instance it names. */
  Map<String, String> processInstancesOfRows(Collection<String> orderNumbers) {
    return pairs(String.class, "select order_number, process_instance_id from register_entry where order_number = any(?)",
        array(orderNumbers));
  }

  /** Rows of the agency whose process instance is not running: what a recording committed by halves would leave. */
  List<String> rowsWithoutRunningProcess(String agency) {
    return jdbc.queryForList("select order_number from register_entry r where agency = ? and not exists"
        + " (select 1 from act_ru_execution e where e.id_ = r.process_instance_id and e.proc_inst_id_ = e.id_)",
        String.class, agency);
  }

  /** The process instances (among these) with an open task of that activity. */
  List<String> instancesWithOpenTask(Collection<String> processInstances, String activityId) {
    return jdbc.queryForList("select distinct proc_inst_id_ from act_ru_task where task_def_key_ = ? and proc_inst_id_ = any(?)",
        String.class, activityId, array(processInstances));
  }

  /** Each follow-up line of these rows: order number and text. */
  List<Map<String, Object>> followUps(Collection<String> orderNumbers) {
    return jdbc.queryForList("select order_number, entry_text from follow_up where order_number = any(?)", array(orderNumbers));
  }

  /** Timer jobs of these instances that are due now and not yet run. */
  int dueTimers(Collection<String> processInstances) {
    return jdbc.queryForObject("select count(*) from act_ru_job where type_ = 'timer' and duedate_ <= ? and process_instance_id_ = any(?)",
        Integer.class, now(), array(processInstances));
  }

  /** Every successful timer execution of these instances: job, instance, timer, node and when. */
  List<Map<String, Object>> timerRuns(Collection<String> processInstances) {
    return jdbc.queryForList(RUNS + " and job_def_type_ like 'timer%' and process_instance_id_ = any(?)", array(processInstances));
  }

  /** Every successful execution of these jobs. */
  List<Map<String, Object>> jobRuns(Collection<String> jobIds) {
    return jdbc.queryForList(RUNS + " and job_id_ = any(?)", array(jobIds));
  }

  /** The jobs a node's job executor holds locked (its lock owner), with when each lock expires. */
  Map<String, Timestamp> lockedBy(String lockOwner) {
    return pairs(Timestamp.class, "select id_, lock_exp_time_ from act_ru_job where lock_owner_ = ? and lock_exp_time_ > ?",
        lockOwner, now());
  }

  int jobsAmong(Collection<String> jobIds) {
    return jdbc.queryForObject("select count(*) from act_ru_job where id_ = any(?)", Integer.class, array(jobIds));
  }

  /** The query's rows as a map from their first column (a key) to their second. */
  private <T> Map<String, T> pairs(Class<T> valueType, String sql, Object... arguments) {
    return jdbc.query(sql, resultSet -> {
      Map<String, T> pairs = new HashMap<>();
      while (resultSet.next()) {
        pairs.put(resultSet.getString(1), resultSet.getObject(2, valueType));
      }
      return pairs;
    }, arguments);
  }

  private static Timestamp now() {
    return new Timestamp(System.currentTimeMillis());
  }

  /** A text array parameter; typed as one object so that it is never spread as the arguments themselves. */
  private static Object array(Collection<String> values) {
    return values.toArray(String[]::new);
  }
}
