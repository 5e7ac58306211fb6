package fr.complaintregister.cluster;

import static fr.complaintregister.cluster.ClusterDatabase.FOLLOW_UP_OF_TIMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.concurrent.TimeUnit;
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
import org.junit.jupiter.api.Timeout;

/**
 * Two instances of the packaged application on one PostgreSQL database, as production runs them behind a load
 * balancer, then the crash of one and of the last: numbering, timers and accepted requests hold. The scenarios
 * follow the cluster's life in order (the third kills node B, the fourth runs on node A alone).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class ClusterIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DemoAgency NUMBERING_AGENCY = DemoAgency.NUMBERING;
  private static final DemoAgency TIMER_AGENCY = DemoAgency.TIMERS;
  /** Node B's recordings for the kill scenario. */
  private static final int RECORDINGS_AROUND_THE_KILL = 400;
  /**
   * Received 70 days ago, as after a long outage: four timers of each complaint are due at once, the
   * acknowledgement's and the answer's reminders and escalations. ("Inform the client" does not catch up: its
   * cycle's next occurrence comes after now.)
   */
  private static final int DAYS_AGO = 70;
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
    // One thread for up to ten acquired jobs: while timers are due, node B always holds locks on jobs it has yet
    // to run, which its kill leaves to node A.
    nodeB = new Node("cluster-b", database.url()).withJobExecutor(1, 10).start();
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

    List<Recording> answers;
    try (RecordingLoad load = RecordingLoad.start(List.of(nodeA, nodeB), NUMBERING_AGENCY, today, 200)) {
      answers = load.awaitAll(RECORDINGS_TIMEOUT);
    }

    assertThat(answers).as("every recording accepted").allMatch(Recording::accepted);
    List<String> expected = IntStream.rangeClosed(1, 200)
        .mapToObj(sequence -> String.format("%02d.%s.%03d", today.getYear() % 100, NUMBERING_AGENCY.code(), sequence)).toList();
    assertThat(answers).extracting(Recording::orderNumber).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(database.orderNumbers(NUMBERING_AGENCY.code())).containsExactlyElementsOf(expected);
  }

  @Test
  @Order(2)
  void aThousandDueTimersFireOnceEachAcrossBothNodes() throws Exception {
    // Both job executors run before the first timer falls due (at its complaint's recording), so each takes a share.
    RegisterApi.lockOwner(nodeA);
    RegisterApi.lockOwner(nodeB);
    List<Recording> answers;
    try (RecordingLoad load = RecordingLoad.start(List.of(nodeA, nodeB), TIMER_AGENCY, receivedLongAgo(), 250)) {
      answers = load.awaitAll(RECORDINGS_TIMEOUT);
    }
    assertThat(answers).as("every recording accepted").allMatch(Recording::accepted);

    Map<String, Long> runsPerNode = assertEveryDueTimerFiresOnce(answers);

    assertThat(runsPerNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
    assertThat(runsPerNode).as("timers run by each node: the cluster shares the work").containsOnlyKeys(nodeA.name(), nodeB.name());
    System.out.println("[cluster] timer runs per node: " + runsPerNode);
  }

  @Test
  @Order(3)
  void killingOneNodeMidRunLosesNoAcceptedRecordingAndTheOtherTakesOverItsJobs() throws Exception {
    String lockOwnerOfB = RegisterApi.lockOwner(nodeB);
    List<Recording> answers;
    int sentAtKill;
    Map<String, Timestamp> locksOfB;
    try (RecordingLoad load = RecordingLoad.start(List.of(nodeA, nodeB), TIMER_AGENCY, receivedLongAgo(), RECORDINGS_AROUND_THE_KILL)) {
      load.awaitAccepted(60, RECORDINGS_TIMEOUT);
      await("node B holding job locks").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
          .until(() -> !database.lockedBy(lockOwnerOfB).isEmpty());

      nodeB.kill();
      sentAtKill = load.sent();
      // A dead node's locks stay as they are until they expire: these are the jobs it held when killed.
      locksOfB = database.lockedBy(lockOwnerOfB);
      assertThat(locksOfB).as("jobs node B held when killed").isNotEmpty();
      Thread.sleep(3_000);
      answers = load.stop();
    }

    System.out.printf("[cluster] node B killed holding %d job locks, %d of %d recordings sent%n", locksOfB.size(), sentAtKill,
        RECORDINGS_AROUND_THE_KILL);
    assertThat(sentAtKill).as("recordings sent when node B was killed: the kill came mid-run").isLessThan(RECORDINGS_AROUND_THE_KILL);
    List<Recording> toB = answers.stream().filter(answer -> answer.node().equals(nodeB.name())).toList();
    assertThat(toB).as("recordings node B accepted before its kill").anyMatch(Recording::accepted);
    assertThat(toB).as("recordings sent to node B that never got an answer").anyMatch(answer -> answer.status() == 0);
    assertEveryAcceptedRecordingIsThere(answers);
    await("node B's jobs taken over").atMost(Node.LOCK_TIME.plus(TIMERS_TIMEOUT)).pollInterval(Duration.ofMillis(500))
        .until(() -> database.jobsAmong(locksOfB.keySet()) == 0);
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
    List<Recording> answers;
    try (RecordingLoad load = RecordingLoad.start(List.of(nodeA), TIMER_AGENCY, receivedLongAgo(), 200)) {
      load.awaitAccepted(30, RECORDINGS_TIMEOUT);
      nodeA.kill();
      answers = load.stop();
    }
    nodeA.start();

    assertEveryAcceptedRecordingIsThere(answers);
    assertEveryDueTimerFiresOnce(accepted(answers));
    for (Recording complaint : accepted(answers).subList(0, 5)) {
      RegisterApi.completeTask(nodeA, TIMER_AGENCY.handler(), complaint.processInstanceId(), "Task_AcknowledgeComplaint");

      JsonNode row = RegisterApi.complaint(nodeA, TIMER_AGENCY.handler(), complaint.orderNumber());
      assertThat(row.get("status").asText()).as(complaint.orderNumber()).isEqualTo("IN_PROGRESS");
    }
    assertThat(database.instancesWithOpenTask(processInstances(accepted(answers).subList(0, 5)), "Task_AnswerComplaint"))
        .hasSize(5);
  }

  /** Every 201 has its register row, naming its running process instance, whose acknowledgement task is open. */
  private static void assertEveryAcceptedRecordingIsThere(List<Recording> answers) {
    List<Recording> accepted = accepted(answers);
    System.out.printf("[cluster] %d recordings accepted, %d refused or unanswered%n", accepted.size(), answers.size() - accepted.size());
    assertThat(answers).as("recordings the test failed to send").noneMatch(answer -> answer.status() == RecordingLoad.NOT_SENT);
    assertThat(accepted).as("accepted recordings with a readable answer").allMatch(answer -> answer.problem() == null);
    Map<String, String> rows = database.processInstancesOfRows(accepted.stream().map(Recording::orderNumber).toList());
    assertThat(rows).containsExactlyInAnyOrderEntriesOf(
        accepted.stream().collect(Collectors.toMap(Recording::orderNumber, Recording::processInstanceId)));
    assertThat(database.instancesWithOpenTask(rows.values(), "Task_AcknowledgeComplaint"))
        .containsExactlyInAnyOrderElementsOf(rows.values());
    assertThat(database.rowsWithoutRunningProcess(TIMER_AGENCY.code())).as("rows recorded by halves").isEmpty();
  }

  /**
   * Waits until the complaints' due timers have fired, then checks that each fired exactly once and wrote its one
   * follow-up line.
   *
   * @return how many timers each node ran
   */
  private static Map<String, Long> assertEveryDueTimerFiresOnce(List<Recording> complaints) {
    List<String> instances = processInstances(complaints);
    await("every due timer fired").atMost(TIMERS_TIMEOUT).pollInterval(Duration.ofMillis(500))
        .until(() -> database.dueTimers(instances) == 0 && database.timerRuns(instances).size() >= FOLLOW_UP_OF_TIMER.size() * instances.size());

    List<Map<String, Object>> runs = database.timerRuns(instances);
    assertThat(runs).extracting(run -> run.get("job_id_")).as("each timer job run once").doesNotHaveDuplicates();
    Map<Object, List<Object>> timersOfInstance = runs.stream().collect(Collectors.groupingBy(run -> run.get("process_instance_id_"),
        Collectors.mapping(run -> run.get("act_id_"), Collectors.toList())));
    assertThat(timersOfInstance).hasSize(instances.size())
        .allSatisfy((instance, timers) -> assertThat(timers).containsExactlyInAnyOrderElementsOf(FOLLOW_UP_OF_TIMER.keySet()));
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
      for (String start : FOLLOW_UP_OF_TIMER.values()) {
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
