package fr.complaintregister.register;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.testing.FrenchMessages;
import fr.complaintregister.testing.LiveHeap;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The heap the register's workbook takes at its largest: written (the streaming writer) then read back for an import
 * (the streaming reader), {@value #ROWS} rows of a well-filled register, without database. Not a test: it runs with
 * the benchmarks and writes the figures to {@code target/benchmarks/register-sheets.md}. Under a small heap limit, its
 * finishing at all says both stay within it:
 * {@code ./mvnw -B -o test-compile surefire:test@benchmark -Dtest=SheetMemoryBenchmark
 * -Dparis="-Duser.timezone=Europe/Paris -Duser.language=fr -Duser.country=FR -Xmx256m"}
 */
@Tag("benchmark")
class SheetMemoryBenchmark {

  private static final int ROWS = RegisterImport.MAX_LINES;
  private static final int YEARS = 5;
  private static final Path REPORT = Path.of("target", "benchmarks", "register-sheets.md");
  private static final List<String> CLIENTS = List.of("Hélène Lefèvre", "François Dupré", "Zoé Bénard",
      "Jérôme Œuvrard", "Anaïs Müller", "Cécile Thévenin", "Noël Desprès", "Loïc Chêne");
  private static final List<String> SUBJECTS = List.of("Colis arrivé endommagé", "Retard de livraison",
      "Facture erronée", "Accueil désagréable au guichet", "Remboursement non reçu", "Prélèvement en double");

  private final Messages messages = FrenchMessages.messages();

  @Test
  void anXlsxOfOneHundredThousandRowsIsWrittenAndReadInBoundedHeap() throws Exception {
    Path file = Files.createTempFile("register-sheets", ".xlsx");
    try {
      StringBuilder report = new StringBuilder()
          .append("# The register's workbook, ").append(ROWS).append(" rows, written then read back\n\n")
          .append("Rows of ").append(SheetColumn.values().length).append(" columns, about twenty filled (three")
          .append(" follow-up notes each), over ").append(YEARS).append(" yearly sheets. Live heap: used after a full")
          .append(" collection, before and at its largest while sampled every half second (a second run, so the")
          .append(" timing is not the sampling's); JVM heap limit ").append(LiveHeap.limitMegabytes()).append(" MB.\n\n")
          .append("| Step | Rows | Seconds | File MB | Live heap before MB | Max live heap during MB | Samples |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|\n");
      report.append(measure("Export (XlsxSheetWriter, SXSSF)", file, () -> write(file))).append('\n');
      report.append(measure("Import reading (SheetReader, XSSF event API)", file, () -> read(file))).append('\n');
      Files.createDirectories(REPORT.getParent());
      Files.writeString(REPORT, report);
      System.out.println(report);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The step timed once, then run again with the live heap sampled. */
  private static String measure(String step, Path file, LiveHeap.Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    LiveHeap.Sampled heap = LiveHeap.during(work);
    return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %d | %d | %d |", step, ROWS, seconds,
        Files.size(file) / (1024.0 * 1024), heap.beforeMegabytes(), heap.maxDuringMegabytes(), heap.samples());
  }

  private void write(Path file) throws Exception {
    try (OutputStream stream = Files.newOutputStream(file)) {
      SheetWriter writer = new XlsxSheetWriter(stream, messages);
      for (int row = 0; row < ROWS; row++) {
        writer.write(row(row));
      }
      writer.finish();
    }
  }

  private void read(Path file) throws Exception {
    List<SheetReader.Line> lines = new SheetReader(messages, RegisterImport.MAX_LINES).read(Files.readAllBytes(file));
    assertThat(lines).hasSize(ROWS);
  }

  /** A row answered a month after its reception, the years in the order the export writes them. */
  private static SheetRow row(int index) {
    int year = 2021 + index / (ROWS / YEARS);
    LocalDate received = LocalDate.of(year, 1, 1).plusDays(index % 330);
    String agency = String.valueOf(1601 + index % 20);
    String handler = "gest" + agency + "-" + index % 4;
    Map<SheetColumn, Object> values = new EnumMap<>(SheetColumn.class);
    values.put(SheetColumn.YEAR, year);
    values.put(SheetColumn.RECEPTION_DATE, received);
    values.put(SheetColumn.ISSUER, CLIENTS.get(index % CLIENTS.size()));
    values.put(SheetColumn.ORDER_NUMBER, String.format("%02d.%s.%05d", year % 100, agency, index));
    values.put(SheetColumn.ORIGIN, "FS");
    values.put(SheetColumn.SUBJECT, SUBJECTS.get(index % SUBJECTS.size()));
    values.put(SheetColumn.FOLLOW_UP, String.join("\n",
        note(received.plusDays(3), handler, "Accusé de réception envoyé."),
        note(received.plusDays(10), handler, "Client rappelé, dossier en cours."),
        note(received.plusDays(30), handler, "Réponse envoyée, geste commercial accordé.")));
    values.put(SheetColumn.HANDLER, handler);
    values.put(SheetColumn.DUE_DATE, received.plusDays(60));
    values.put(SheetColumn.CLOSURE_DATE, received.plusDays(30));
    values.put(SheetColumn.AGENCY, agency);
    values.put(SheetColumn.STATUS, "Répondue");
    values.put(SheetColumn.CHANNEL, "Courriel");
    values.put(SheetColumn.PRODUCT_OR_SERVICE, "Produit " + index % 50);
    values.put(SheetColumn.CLIENT_EMAIL, "client" + index + "@example.com");
    values.put(SheetColumn.ANSWERED_AT_ONCE, false);
    values.put(SheetColumn.ACKNOWLEDGEMENT_DUE_DATE, received.plusDays(10));
    values.put(SheetColumn.ACKNOWLEDGEMENT_DATE, received.plusDays(3));
    values.put(SheetColumn.ANSWER_DATE, received.plusDays(30));
    values.put(SheetColumn.OUTCOME, "Acceptée");
    values.put(SheetColumn.COMMERCIAL_GESTURE_AMOUNT, new BigDecimal("25.00"));
    values.put(SheetColumn.RECORDED_BY, "accueil" + agency);
    return new SheetRow(values);
  }

  private static String note(LocalDate day, String author, String text) {
    return day.format(FrenchDate.FORMAT) + " (" + author + ") : " + text;
  }
}
