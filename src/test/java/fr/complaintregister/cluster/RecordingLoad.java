package fr.complaintregister.cluster;

import static org.awaitility.Awaitility.await;

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
 * turn, until as many were sent as asked or the load is stopped. Every answer is kept, accepted or not. Closing
 * the load stops its threads, so that a failed test leaves none posting into the next.
 */
final class RecordingLoad implements AutoCloseable {

  private static final int THREADS = 6;
  /** The status of a recording the test itself failed to send (a bug of the test, not an answer of a node). */
  static final int NOT_SENT = -1;

  private final List<Node> nodes;
  private final DemoAgency agency;
  private final LocalDate receptionDate;
  private final int recordings;
  private final AtomicInteger sent = new AtomicInteger();
  private final ConcurrentLinkedQueue<Recording> answers = new ConcurrentLinkedQueue<>();
  private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
  private volatile boolean stopped;

  private RecordingLoad(List<Node> nodes, DemoAgency agency, LocalDate receptionDate, int recordings) {
    this.nodes = nodes;
    this.agency = agency;
    this.receptionDate = receptionDate;
    this.recordings = recordings;
  }

  /** Starts sending {@code recordings} complaints of the agency, received on that day, to the nodes. */
  static RecordingLoad start(List<Node> nodes, DemoAgency agency, LocalDate receptionDate, int recordings) {
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
      Node node = nodes.get(next % nodes.size());
      try {
        answers.add(RegisterApi.record(node, agency, receptionDate));
      } catch (RuntimeException failed) {
        answers.add(new Recording(node.name(), NOT_SENT, null, null, failed.toString()));
      }
    }
  }

  /** How many recordings were sent so far (the ones under way included). */
  int sent() {
    return Math.min(sent.get(), recordings);
  }

  /** Waits until this many recordings were accepted (201), or fails. */
  RecordingLoad awaitAccepted(int count, Duration timeout) {
    await(count + " recordings accepted").atMost(timeout).pollInterval(Duration.ofMillis(200))
        .until(() -> accepted().size() >= count);
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
      close();
      throw new AssertionError("recordings still under way after " + timeout);
    }
    return List.copyOf(answers);
  }

  List<Recording> accepted() {
    return answers.stream().filter(Recording::accepted).toList();
  }

  /** Stops sending and interrupts the requests under way. */
  @Override
  public void close() throws InterruptedException {
    stopped = true;
    threads.shutdownNow();
    threads.awaitTermination(30, TimeUnit.SECONDS);
  }
}
