package fr.complaintregister.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.complaintregister.cluster.RegisterApi.Recording;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged application on one PostgreSQL database, as production runs them behind a load
 * balancer, then the crash of one and of the last: numbering, timers and accepted requests hold. The scenarios
 * follow the cluster's life in order (the third kills node B, the fourth runs on node A alone).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  /** The agency of the numbering scenario alone, so that its numbers start at 001. */
  private static final String NUMBERING_AGENCY = "1601";
  private static final String TIMER_AGENCY = "1602";
  private static final String TIMER_AGENCY_HANDLER = "claire";
  /**
   * Received 70 days ago, as after a long outage: four timers of each complaint are due at once, the
   * acknowledgement's and the answer's reminders and escalations. ("Inform the client" does not catch up: its
   * cycle's next occurrence comes after now.)
   */
  private static final int DAYS_AGO = 70;
  /** Each due timer and the start of the follow-up line it writes on the register. */
  private static final Map<String, String> FOLLOW_UP_OF_DUE_TIMER = Map.of(
      "Timer_AcknowledgementReminder", "Rappel : l'accusé de réception",
      "Timer_AcknowledgementEscalation", "Retard : l'accusé de réception",
      "Timer_AnswerReminder", "Rappel : la réponse",
      "Timer_AnswerEscalation", "Retard : la réponse");
  private static final Duration TIMERS_TIMEOUT = Duration.ofMinutes(6);
  private static final Duration RECORDINGS_TIMEOUT = Duration.ofMinutes(6);

  private static ClusterDatabase database;
  private static Node nodeA;
  private static Node nodeB;

  private long started;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    database = ClusterDatabase.fresh("registre_cluster");
    // The first node creates the schema; the second starts once it answers, as docker-compose.yml does.
    nodeA = new Node("cluster-a", database.url()).start();
    nodeB = new Node("cluster-b", database.url()).start();
  }

  @AfterAll
  static void stopNodes() throws InterruptedException {
    for (Node node : new Node[] {nodeA, nodeB}) {
      if (node != null) {
        node.stop();
      }
    }
  }

  @BeforeEach
  void startClock() {
    started = System.nanoTime();
  }

  @AfterEach
  void reportWallTime(TestInfo test) {
    System.out.printf("[cluster] %s: %d s%n", test.getDisplayName(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }

  @Test
  @Order(1)
  void complaintsRecordedAtOnceOnBothNodesGetDistinctGapFreeOrderNumbers() throws Exception {
    LocalDate today = LocalDate.now(PARIS);

    List<Recording> answers = RecordingLoad.start(List.of(nodeA, nodeB), NUMBERING_AGENCY, today, 200)
        .awaitAll(RECORDINGS_TIMEOUT);

    assertThat(answers).extracting(Recording::status).as("every recording accepted").containsOnly(201);
    List<String> expected = IntStream.rangeClosed(1, 200)
        .mapToObj(sequence -> String.format("%02d.%s.%03d", today.getYear() % 100, NUMBERING_AGENCY, sequence)).toList();
    assertThat(answers).extracting(Recording::orderNumber).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(database.orderNumbers(NUMBERING_AGENCY)).containsExactlyElementsOf(expected);
  }

  @Test
  @Order(2)
  void aThousandDueTimersFireOnceEachAcrossBothNodes() throws Exception {
    List<Recording> answers = RecordingLoad.start(List.of(nodeA, nodeB), TIMER_AGENCY, receivedLongAgo(), 250)
        .awaitAll(RECORDINGS_TIMEOUT);
    assertThat(answers).extracting(Recording::status).containsOnly(201);

    Map<String, Long> runsPerNode = assertEveryDueTimerFiresOnce(answers);

    assertThat(runsPerNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
    assertThat(runsPerNode).as("timers run by each node").containsOnlyKeys(nodeA.name(), nodeB.name());
    System.out.println("[cluster] timer runs per node: " + runsPerNode);
  }

  @Test
  @Order(3)
  void killingOneNodeMidRunLosesNoAcceptedRecordingAndTheOtherTakesOverItsJobs() throws Exception {
    String lockOwnerOfB = RegisterApi.lockOwner(nodeB);
    RecordingLoad load = RecordingLoad.start(List.of(nodeA, nodeB), TIMER_AGENCY, receivedLongAgo(), 400)
        .awaitAccepted(60, RECORDINGS_TIMEOUT);
    ClusterDatabase.await("node B holding job locks", Duration.ofMinutes(2), () -> !database.lockedBy(lockOwnerOfB).isEmpty());

    nodeB.kill();
    Map<String, Timestamp> locksOfB = database.lockedBy(lockOwnerOfB);
    Thread.sleep(3_000);
    List<Recording> answers = load.stop();

    assertThat(locksOfB).as("jobs node B held when killed").isNotEmpty();
    System.out.printf("[cluster] node B killed holding %d job locks%n", locksOfB.size());
    assertEveryAcceptedRecordingIsThere(answers);
    ClusterDatabase.await("node B's jobs taken over", Node.LOCK_TIME.plus(TIMERS_TIMEOUT),
        () -> database.jobsAmong(locksOfB.keySet()) == 0);
    List<Map<String, Object>> runs = database.jobRuns(locksOfB.keySet());
    assertThat(runs).extracting(run -> run.get("job_id_")).as("each run once").containsExactlyInAnyOrderElementsOf(locksOfB.keySet());
    assertThat(runs).allSatisfy(run -> {
      assertThat(run.get("hostname_")).isEqualTo(nodeA.name());
      assertThat((Timestamp) run.get("timestamp_")).as("after the lock expired").isAfter(locksOfB.get((String) run.get("job_id_")));
    });
    assertEveryDueTimerFiresOnce(accepted(answers));
  }

  @Test
  @Order(4)
  void afterTheKillAndRestartOfTheOnlyNodeEveryAcceptedRecordingIsThereAndGoesOn() throws Exception {
    nodeB.stop();
    RecordingLoad load = RecordingLoad.start(List.of(nodeA), TIMER_AGENCY, receivedLongAgo(), 200)
        .awaitAccepted(30, RECORDINGS_TIMEOUT);

    nodeA.kill();
    List<Recording> answers = load.stop();
    nodeA.start();

    assertEveryAcceptedRecordingIsThere(answers);
    assertEveryDueTimerFiresOnce(accepted(answers));
    for (Recording complaint : accepted(answers).subList(0, 5)) {
      RegisterApi.completeTask(nodeA, TIMER_AGENCY_HANDLER, complaint.processInstanceId(), "Task_AcknowledgeComplaint");

      JsonNode row = RegisterApi.complaint(nodeA, TIMER_AGENCY_HANDLER, complaint.orderNumber());
      assertThat(row.get("status").asText()).as(complaint.orderNumber()).isEqualTo("IN_PROGRESS");
    }
    assertThat(database.instancesWithOpenTask(processInstances(accepted(answers).subList(0, 5)), "Task_AnswerComplaint"))
        .hasSize(5);
  }

  /** Every 201 has its register row, naming its running process instance, whose acknowledgement task is open. */
  private static void assertEveryAcceptedRecordingIsThere(List<Recording> answers) {
    List<Recording> accepted = accepted(answers);
    System.out.printf("[cluster] %d recordings accepted, %d refused or unanswered%n", accepted.size(), answers.size() - accepted.size());
    Map<String, String> rows = database.processInstancesOfRows(accepted.stream().map(Recording::orderNumber).toList());
    assertThat(rows).containsExactlyInAnyOrderEntriesOf(
        accepted.stream().collect(Collectors.toMap(Recording::orderNumber, Recording::processInstanceId)));
    assertThat(database.instancesWithOpenTask(rows.values(), "Task_AcknowledgeComplaint"))
        .containsExactlyInAnyOrderElementsOf(rows.values());
    assertThat(database.rowsWithoutRunningProcess(TIMER_AGENCY)).as("rows recorded by halves").isEmpty();
  }

  /**
   * Waits until the complaints' due timers have fired, then checks that each fired exactly once and wrote its one
   * follow-up line.
   *
   * @return how many timers each node ran
   */
  private static Map<String, Long> assertEveryDueTimerFiresOnce(List<Recording> complaints) throws InterruptedException {
    List<String> instances = processInstances(complaints);
    ClusterDatabase.await("every due timer fired", TIMERS_TIMEOUT,
        () -> database.dueTimers(instances) == 0 && database.timerRuns(instances).size() >= FOLLOW_UP_OF_DUE_TIMER.size() * instances.size());

    List<Map<String, Object>> runs = database.timerRuns(instances);
    assertThat(runs).extracting(run -> run.get("job_id_")).as("each timer job run once").doesNotHaveDuplicates();
    Map<Object, List<Object>> timersOfInstance = runs.stream().collect(Collectors.groupingBy(run -> run.get("process_instance_id_"),
        Collectors.mapping(run -> run.get("act_id_"), Collectors.toList())));
    assertThat(timersOfInstance).hasSize(instances.size())
        .allSatisfy((instance, timers) -> assertThat(timers).containsExactlyInAnyOrderElementsOf(FOLLOW_UP_OF_DUE_TIMER.keySet()));
    assertOneFollowUpLinePerTimer(complaints);
    assertThat(database.instancesWithOpenTask(instances, "Task_HandleLateAnswer")).as("the late answer examined by the direction")
        .hasSameSizeAs(instances);
    return runs.stream().collect(Collectors.groupingBy(run -> (String) run.get("hostname_"), Collectors.counting()));
  }

  private static void assertOneFollowUpLinePerTimer(List<Recording> complaints) {
    Map<String, List<String>> lines = new HashMap<>();
    database.followUps(complaints.stream().map(Recording::orderNumber).toList())
        .forEach(line -> lines.computeIfAbsent((String) line.get("order_number"), any -> new ArrayList<>())
            .add((String) line.get("entry_text")));
    assertThat(lines).hasSize(complaints.size()).allSatisfy((orderNumber, texts) -> {
      for (String start : FOLLOW_UP_OF_DUE_TIMER.values()) {
        assertThat(texts).as(orderNumber).filteredOn(text -> text.startsWith(start)).hasSize(1);
      }
    });
  }

  private static LocalDate receivedLongAgo() {
    return LocalDate.now(PARIS).minusDays(DAYS_AGO);
  }

  private static List<Recording> accepted(List<Recording> answers) {
    return answers.stream().filter(Recording::accepted).toList();
  }

  private static List<String> processInstances(List<Recording> complaints) {
    return complaints.stream().map(Recording::processInstanceId).toList();
  }
}
