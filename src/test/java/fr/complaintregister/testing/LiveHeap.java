package fr.complaintregister.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap that objects still referenced take: used heap as a full collection leaves it, sampled by a thread every half
 * second while a piece of work runs, so that garbage not yet collected does not count. For benchmarks only: each
 * sample stops the world.
 */
public final class LiveHeap {

  private static final long SAMPLE_EVERY_MILLIS = 500;
  private static final long MEGABYTE = 1024 * 1024;

  private LiveHeap() {
  }

  /** Live heap in MB before the work, at its largest while it ran, and how many samples were taken. */
  public record Sampled(long beforeMegabytes, long maxDuringMegabytes, int samples) {
  }

  /** Some work that may fail. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  public static Sampled during(Work work) throws Exception {
    long before = now();
    AtomicLong max = new AtomicLong();
    AtomicInteger samples = new AtomicInteger();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        max.accumulateAndGet(now(), Math::max);
        samples.incrementAndGet();
        try {
          Thread.sleep(SAMPLE_EVERY_MILLIS);
        } catch (InterruptedException stopped) {
          return;
        }
      }
    });
    sampler.start();
    try {
      work.run();
    } finally {
      sampler.interrupt();
      sampler.join();
    }
    return new Sampled(before / MEGABYTE, max.get() / MEGABYTE, samples.get());
  }

  /** The JVM's heap limit in MB. */
  public static long limitMegabytes() {
    return Runtime.getRuntime().maxMemory() / MEGABYTE;
  }

  /**
   * The heap in use as the full collection left it, rather than read after it: the work goes on allocating meanwhile,
   * which read afterwards counted as live (twice the live set, for a busy export).
   */
  private static long now() {
    System.gc();
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
        .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
  }
}
