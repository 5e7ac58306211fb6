package fr.complaintregister.cluster;

import fr.complaintregister.cluster.RegisterApi.Recording;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reception staff recording complaints at once on every node: each thread sends its recordings to the nodes in
 * turn, until as many were sent as asked or the load is stopped. Every answer is kept, accepted or not.
 */
final class RecordingLoad {

  private static final int THREADS = 6;

  private final List<Node> nodes;
  private final String agency;
  private final LocalDate receptionDate;
  private final int recordings;
  private final AtomicInteger sent = new AtomicInteger();
  private final ConcurrentLinkedQueue<Recording> answers = new ConcurrentLinkedQueue<>();
  private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
  private volatile boolean stopped;

  private RecordingLoad(List<Node> nodes, String agency, LocalDate receptionDate, int recordings) {
    this.nodes = nodes;
    this.agency = agency;
    this.receptionDate = receptionDate;
    this.recordings = recordings;
  }

  /** Starts sending {@code recordings} complaints of the agency, received on that day, to the nodes. */
  static RecordingLoad start(List<Node> nodes, String agency, LocalDate receptionDate, int recordings) {
    RecordingLoad load = new RecordingLoad(nodes, agency, receptionDate, recordings);
    for (int i = 0; i < THREADS; i++) {
      load.threads.execute(load::sendUntilDone);
    }
    load.threads.shutdown();
    return load;
  }

  private void sendUntilDone() {
    int next;
    while (!stopped && (next = sent.getAndIncrement()) < recordings) {
      answers.add(RegisterApi.record(nodes.get(next % nodes.size()), receptionUser(), agency, receptionDate));
    }
  }

  private String receptionUser() {
    return switch (agency) {
      case "1601" -> "alice";
      case "1602" -> "camille";
      default -> throw new IllegalArgumentException("no demo reception user in agency " + agency);
    };
  }

  /** Waits until this many recordings were accepted (201), or fails. */
  RecordingLoad awaitAccepted(int count, Duration timeout) throws InterruptedException {
    ClusterDatabase.await(count + " recordings accepted", timeout, () -> accepted().size() >= count);
    return this;
  }

  /** Stops sending; the requests under way get their answer. */
  List<Recording> stop() throws InterruptedException {
    stopped = true;
    return awaitAll(Duration.ofMinutes(2));
  }

  /** Waits until every recording was sent and answered. */
  List<Recording> awaitAll(Duration timeout) throws InterruptedException {
    if (!threads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      threads.shutdownNow();
      throw new AssertionError("recordings still under way after " + timeout);
    }
    return List.copyOf(answers);
  }

  List<Recording> accepted() {
    return answers.stream().filter(Recording::accepted).toList();
  }
}
