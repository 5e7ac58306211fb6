package fr.complaintregister.operations;

import fr.complaintregister.process.EngineWorkload;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The register's and the engine's figures for Prometheus ({@code /actuator/prometheus}), read from the
 * database: every node shows the same figures, whichever one recorded the rows. One snapshot answers
 * every gauge for {@code registre.operations.metrics-max-age}, so frequent scrapes cost a few count
 * queries now and then, never one per gauge. Nothing is read before the first scrape (at start-up the
 * tables may not exist yet); an agency's gauges are registered when a snapshot first finds its rows,
 * during a scrape, so they are in the scrapes after that one.
 */
@Component
class OperationsMetrics implements MeterBinder {

  /** The snapshot's figures: the register's by agency and origin, the engine's for the whole network. */
  private record Snapshot(Map<Tags, RegisterCounts.Count> register, EngineWorkload.Workload engine, long takenAt) {
  }

  private final RegisterCounts registerCounts;
  private final EngineWorkload engineWorkload;
  private final long maxAgeNanos;
  private final Map<MultiGauge, ToLongFunction<RegisterCounts.Count>> registerGauges = new LinkedHashMap<>();
  private Snapshot snapshot;

  OperationsMetrics(RegisterCounts registerCounts, EngineWorkload engineWorkload,
      @Value("${registre.operations.metrics-max-age}") Duration maxAge) {
    this.registerCounts = registerCounts;
    this.engineWorkload = engineWorkload;
    this.maxAgeNanos = maxAge.toNanos();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    registerGauge(registry, "registre.complaints.received", "Register rows ever received", RegisterCounts.Count::received);
    registerGauge(registry, "registre.complaints.open", "Register rows still open", RegisterCounts.Count::open);
    registerGauge(registry, "registre.complaints.overdue", "Open register rows past a due date", RegisterCounts.Count::overdue);
    engineGauge(registry, "registre.jobs.due", "Jobs due that the job executor has not run yet", EngineWorkload.Workload::dueJobs);
    engineGauge(registry, "registre.jobs.failed", "Jobs whose retries are spent", EngineWorkload.Workload::failedJobs);
    engineGauge(registry, "registre.incidents.open", "Incidents waiting in Cockpit", EngineWorkload.Workload::openIncidents);
  }

  private void registerGauge(MeterRegistry registry, String name, String description,
      ToLongFunction<RegisterCounts.Count> figure) {
    registerGauges.put(MultiGauge.builder(name).description(description).register(registry), figure);
  }

  private void engineGauge(MeterRegistry registry, String name, String description,
      ToLongFunction<EngineWorkload.Workload> figure) {
    Gauge.builder(name, this, metrics -> figure.applyAsLong(metrics.current().engine()))
        .description(description).register(registry);
  }

  /** The figures, read again once older than the maximum age; an agency seen for the first time gets its rows. */
  private synchronized Snapshot current() {
    if (snapshot == null || System.nanoTime() - snapshot.takenAt() > maxAgeNanos) {
      Map<Tags, RegisterCounts.Count> register = registerCounts.byAgencyAndOrigin().stream()
          .collect(Collectors.toMap(count -> Tags.of("agency", count.agency(), "origin", count.origin()), Function.identity()));
      snapshot = new Snapshot(register, engineWorkload.now(), System.nanoTime());
      registerGauges.forEach((gauge, figure) -> gauge.register(register.keySet().stream()
          .map(tags -> MultiGauge.Row.of(tags, () -> figure.applyAsLong(
              current().register().getOrDefault(tags, new RegisterCounts.Count("", "", 0, 0, 0)))))
          .toList()));
    }
    return snapshot;
  }
}
