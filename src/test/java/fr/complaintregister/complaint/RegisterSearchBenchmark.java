package fr.complaintregister.complaint;

import fr.complaintregister.register.RegisterExport;
import fr.complaintregister.register.RegisterListing;
import fr.complaintregister.register.RegisterQuery;
import fr.complaintregister.register.SheetFormat;
import fr.complaintregister.register.V17__RegisterSearchIndexes;
import fr.complaintregister.testing.Benchmarks;
import fr.complaintregister.testing.LiveHeap;
import fr.complaintregister.testing.ProcessApplicationTest;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the register list's queries on 100,000 complaint rows ({@code -Dbench.register.rows}; {@code bench/run} takes
 * 1,000,000) and one corrective action for twenty of them, of PostgreSQL, through the real bean, with the search
 * indexes of {@link V17__RegisterSearchIndexes} and without them, then the export of them all (time and peak heap; not with
 * {@code -Dbench.register.export=false}). Not a test: its own surefire execution runs it
 * ({@code ./mvnw -B -o test-compile surefire:test@benchmark}) and writes the figures to
 * {@code target/benchmarks/register-search.md}.
 */
@ProcessApplicationTest
@Tag("benchmark")
class RegisterSearchBenchmark {

  private static final int ROWS = Benchmarks.size("bench.register.rows", 100_000);
  private static final boolean EXPORT = Benchmarks.flag("bench.register.export", true);
  private static final int AGENCIES = 20;
  private static final int WARM_UP_RUNS = 5;
  private static final int MEASURED_RUNS = 40;
  private static final int PAGE_SIZE = 20;
  private static final long MEGABYTE = 1024 * 1024;

  private static final List<String> FIRST_NAMES = List.of("Hélène", "François", "Zoé", "Jérôme", "Anaïs",
      "Cécile", "Noël", "Loïc", "Agnès", "Gaël", "Léa", "Mathéo", "Maëlle", "Rémi", "Clément", "Inès",
      "Stéphane", "Adèle", "Benoît", "Chloé", "Joël", "Éloïse", "Frédéric", "Océane", "Valérie");
  private static final List<String> LAST_NAMES = List.of("Lefèvre", "Dupré", "Bénard", "Œuvrard", "Gaëtan",
      "Müller", "Lemaître", "Thévenin", "Desprès", "Chêne", "Bérénger", "Fabre", "Martin", "Petit", "Moreau",
      "Garçon", "Leroy", "Hébert", "Rousseau", "Crémieux", "Faure", "Mercier", "Lambert", "Bonnaire",
      "Duchâtel", "Étienne", "Giraud", "Bœuf", "Joly", "Laëtitia-Roux", "Noé", "Perrin", "Renaud", "Sénéchal",
      "Vidal", "Aubé", "Barré", "Caron", "Dumas", "Fournier", "Guérin", "Hamon", "Jégou", "Klein", "Lacroix");
  private static final List<String> SUBJECTS = List.of("Colis arrivé endommagé", "Retard de livraison",
      "Facture erronée", "Accueil désagréable au guichet", "Produit défectueux à la réception",
      "Remboursement non reçu", "Erreur de référence commandée", "Délai de réponse trop long",
      "Pièce manquante dans le colis", "Prélèvement en double", "Rendez-vous non honoré",
      "Qualité de l'intervention", "Devis non conforme", "Garantie refusée", "Livraison à la mauvaise adresse",
      "Appel non rappelé", "Dossier égaré", "Matériel abîmé lors de l'installation",
      "Tarif différent de l'affiché", "Courrier resté sans réponse");

  @Autowired
  RegisterListing listing;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RegisterExport registerExport;

  @Test
  void registerSearchWithAndWithoutItsIndexes() throws Exception {
    fillRegister();
    String handler = jdbc.queryForObject(
        "SELECT handler FROM register_entry WHERE agency = '1605' AND handler IS NOT NULL ORDER BY handler LIMIT 1",
        String.class);
    AgencyScope everyAgency = AgencyScope.every();
    AgencyScope twoAgencies = AgencyScope.of(Set.of("1601", "1602"));
    List<Shape> shapes = List.of(
        new Shape("First page, every agency", query(null, null, null, 0, false, null), everyAgency),
        new Shape("First page, two agencies", query(null, null, null, 0, false, null), twoAgencies),
        new Shape("A client's name (\"Hélène Lefèvre\")",
            query(null, null, "Hélène Lefèvre", 0, false, null), everyAgency),
        new Shape("A word of many subjects (\"colis\")", query(null, null, "colis", 0, false, null), everyAgency),
        new Shape("Overdue only", query(null, null, null, 0, true, null), everyAgency),
        new Shape("Mes dossiers of " + handler + " (their agency)", query(null, null, null, 0, false, handler),
            AgencyScope.of(Set.of("1605"))),
        new Shape("One agency, open", query("1603", "open", null, 0, false, null), everyAgency),
        new Shape("Page 2,000 (offset 40,000)", query(null, null, null, 2_000, false, null), everyAgency),
        new Shape("Corrective actions, open", new RegisterQuery(null, null, Origin.PA, "open", null, 0, PAGE_SIZE,
            false, null), everyAgency));

    String machine = Benchmarks.machine();
    Map<Shape, Figures> withoutIndexes = new LinkedHashMap<>();
    Map<Shape, Figures> withIndexes = new LinkedHashMap<>();
    dropSearchIndexes();
    vacuum();
    shapes.forEach(shape -> withoutIndexes.put(shape, measure(shape)));
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      V17__RegisterSearchIndexes.create(connection);
      return null;
    });
    vacuum();
    shapes.forEach(shape -> withIndexes.put(shape, measure(shape)));

    StringBuilder report = new StringBuilder()
        .append("## Register search on ").append(count("register_entry")).append(" complaint rows and ")
        .append(count("corrective_action")).append(" corrective actions (")
        .append(count("follow_up") + count("corrective_action_log")).append(" follow-up notes)\n\n")
        .append("- ").append(jdbc.queryForObject("SELECT version()", String.class)).append('\n')
        .append("- Machine: ").append(machine).append('\n')
        .append("- ").append(WARM_UP_RUNS).append(" warm-up runs, then ").append(MEASURED_RUNS)
        .append(" measured runs per query, through RegisterListing.search; page size ").append(PAGE_SIZE)
        .append("; each run is the page's two statements (count and rows). Without, then with the search indexes")
        .append(" of migration V17 (register/V17__RegisterSearchIndexes), VACUUM ANALYZE before each of the two\n\n")
        .append("| Query | Rows matched | Without V17: p50 ms | p95 ms | With V17: p50 ms | p95 ms | max ms |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Shape shape : shapes) {
      Figures before = withoutIndexes.get(shape);
      Figures after = withIndexes.get(shape);
      report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |\n", shape.name(),
          after.matched(), before.p50(), before.p95(), after.p50(), after.p95(), after.max()));
    }
    if (EXPORT) {
      report.append("\n### Export of the whole register (").append(ROWS).append(" complaint rows and their actions)\n\n")
          .append("Streamed from the database to a stream that counts the bytes. Live heap: used after a full collection,")
          .append(" before the export and at its largest while sampled every half second (a second run, so the timing is")
          .append(" not the sampling's); JVM heap limit ").append(LiveHeap.limitMegabytes()).append(" MB.\n\n")
          .append("| Format | Rows | Seconds | File MB | Live heap before MB | Max live heap during MB | Samples |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|\n");
      for (SheetFormat format : SheetFormat.values()) {
        report.append(measureExport(format)).append('\n');
      }
    }
    Benchmarks.publish("register-search.md", report.append('\n'));
  }

  private static RegisterQuery query(String agency, String status, String text, int page, boolean overdue,
                                     String mineOf) {
    return new RegisterQuery(null, agency, null, status, text, page, PAGE_SIZE, overdue, mineOf);
  }

  /** 100,000 rows over 20 agencies and five years, their status by age, and follow-up notes on most. */
  private void fillRegister() {
    jdbc.update("""
        INSERT INTO register_entry (order_number, origin, agency, reception_year, sequence_number,
          reception_date, client_name, subject, product_or_service, product_category, channel,
          answered_at_once, status, overdue, handler, acknowledgement_due_date, answer_due_date,
          acknowledgement_date, answer_date, closure_date, outcome, recorded_by, recorded_at, search_text)
        SELECT order_number, origin, agency, reception_year, sequence_number, reception_date, client_name, subject,
          'Produit ' || (g % 50), 'CAT' || (g % 8), channel, FALSE, status,
          status IN ('IN_PROGRESS', 'AWAITING_SIGNATURE') AND reception_date + 60 < CURRENT_DATE,
          CASE WHEN status <> 'AWAITING_ACKNOWLEDGEMENT' THEN 'gest' || agency || '-' || (g / 7 % 4) END,
          reception_date + 10, reception_date + 60,
          CASE WHEN status <> 'AWAITING_ACKNOWLEDGEMENT' THEN reception_date + 3 END,
          CASE WHEN status = 'ANSWERED' THEN reception_date + 30 END,
          CASE WHEN status IN ('ANSWERED', 'WITHDRAWN') THEN reception_date + 30 END,
          CASE WHEN status = 'ANSWERED' THEN (ARRAY['ACCEPTED', 'PARTIALLY_REJECTED', 'REJECTED'])[g % 3 + 1] END,
          'accueil' || agency || '-' || (g / 11 % 3), reception_date + TIME '09:30',
          search_name || ' ' || search_subject || ' ' || order_number
        FROM (
          SELECT *, LPAD((reception_year % 100)::text, 2, '0') || '.' || agency || '.'
              || LPAD(sequence_number::text, GREATEST(3, LENGTH(sequence_number::text)), '0') AS order_number
          FROM (
            SELECT *, EXTRACT(YEAR FROM reception_date)::int AS reception_year,
              ROW_NUMBER() OVER (PARTITION BY agency, EXTRACT(YEAR FROM reception_date) ORDER BY reception_date, g)::int
                AS sequence_number,
              CASE
                WHEN age < 10 THEN CASE WHEN g % 10 < 7 THEN 'AWAITING_ACKNOWLEDGEMENT' ELSE 'IN_PROGRESS' END
                WHEN age < 60 THEN (ARRAY['IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'AWAITING_SIGNATURE',
                  'ANSWERED', 'ANSWERED', 'ANSWERED', 'ANSWERED', 'ANSWERED', 'WITHDRAWN'])[g % 10 + 1]
                WHEN g % 100 < 2 THEN 'IN_PROGRESS'
                WHEN g % 100 < 5 THEN 'WITHDRAWN'
                ELSE 'ANSWERED'
              END AS status
            FROM (
              SELECT g, (1601 + g % {agencies})::text AS agency, CASE WHEN g % 5 = 0 THEN 'QS' ELSE 'FS' END AS origin,
                (ARRAY['PRESENTIEL', 'COURRIER', 'EMAIL', 'TELEPHONE', 'FORMULAIRE'])[g % 5 + 1] AS channel,
                (g::bigint * 7919 % 1826)::int AS age, CURRENT_DATE - (g::bigint * 7919 % 1826)::int AS reception_date,
                first_names[g % CARDINALITY(first_names) + 1] || ' ' || last_names[g / 7 % CARDINALITY(last_names) + 1]
                  AS client_name,
                search_first_names[g % CARDINALITY(first_names) + 1] || ' '
                  || search_last_names[g / 7 % CARDINALITY(last_names) + 1] AS search_name,
                subjects[g / 3 % CARDINALITY(subjects) + 1] AS subject,
                search_subjects[g / 3 % CARDINALITY(subjects) + 1] AS search_subject
              FROM generate_series(0, {rows} - 1) AS g,
                (SELECT {firstNames} AS first_names, {searchFirstNames} AS search_first_names,
                   {lastNames} AS last_names, {searchLastNames} AS search_last_names,
                   {subjects} AS subjects, {searchSubjects} AS search_subjects) AS words
            ) AS generated
          ) AS dated
        ) AS numbered"""
        .replace("{agencies}", String.valueOf(AGENCIES))
        .replace("{rows}", String.valueOf(ROWS))
        .replace("{firstNames}", array(FIRST_NAMES, false))
        .replace("{searchFirstNames}", array(FIRST_NAMES, true))
        .replace("{lastNames}", array(LAST_NAMES, false))
        .replace("{searchLastNames}", array(LAST_NAMES, true))
        .replace("{subjects}", array(SUBJECTS, false))
        .replace("{searchSubjects}", array(SUBJECTS, true)));
    jdbc.update("""
        INSERT INTO follow_up (order_number, entry_date, author, entry_text, recorded_at)
        SELECT order_number, reception_date + note, 'gest' || agency || '-0', 'Client rappelé, dossier en cours.',
          reception_date + note + TIME '14:00'
        FROM register_entry, generate_series(1, 3) AS note
        WHERE id % 4 <> 0""");
    fillActions();
    vacuum();
  }

  /** One action for every twentieth complaint, decided a week after it, its source linked, two log lines each. */
  private void fillActions() {
    jdbc.update("""
        INSERT INTO corrective_action (order_number, agency, decision_year, sequence_number, decision_date, decided_by,
          subject, person_in_charge, due_date, check_date, closure_date, status, overdue, recorded_at, search_text)
        SELECT order_number || '-PA', agency, reception_year, 100000 + sequence_number, reception_date + 7, 'qualite',
          'Revoir la procédure : ' || subject, handler_or_desk, reception_date + 37, reception_date + 67,
          CASE WHEN reception_date + 67 < CURRENT_DATE THEN reception_date + 67 END,
          CASE WHEN reception_date + 67 < CURRENT_DATE THEN 'CLOSED' WHEN reception_date + 37 < CURRENT_DATE
            THEN 'CHECKING' ELSE 'IN_PROGRESS' END, FALSE, reception_date + 7 + TIME '10:00',
          'revoir la procedure : ' || search_text || ' ' || handler_or_desk || ' qualite'
        FROM (SELECT *, COALESCE(handler, recorded_by) AS handler_or_desk FROM register_entry WHERE id % 20 = 0) AS sources""");
    jdbc.update("""
        INSERT INTO corrective_action_source (action_order_number, source_order_number)
        SELECT order_number || '-PA', order_number FROM register_entry WHERE id % 20 = 0""");
    jdbc.update("""
        INSERT INTO corrective_action_log (order_number, entry_date, author, entry_text, recorded_at)
        SELECT order_number, decision_date + note, 'qualite', 'Point d''avancement.', decision_date + note + TIME '11:00'
        FROM corrective_action, generate_series(1, 2) AS note""");
  }

  /** The texts as an SQL array literal, as typed or as the app's search text writes them. */
  private static String array(List<String> texts, boolean searchText) {
    return texts.stream()
        .map(text -> "'" + (searchText ? SearchText.of(text) : text).replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "ARRAY[", "]"));
  }

  /** Autovacuum is off on this machine: fresh statistics and visibility map before each round. */
  private void vacuum() {
    jdbc.execute("VACUUM ANALYZE register_entry");
    jdbc.execute("VACUUM ANALYZE follow_up");
    jdbc.execute("VACUUM ANALYZE corrective_action");
    jdbc.execute("VACUUM ANALYZE corrective_action_source");
    jdbc.execute("VACUUM ANALYZE corrective_action_log");
  }

  /** The register as it was before V17. */
  private void dropSearchIndexes() {
    V17__RegisterSearchIndexes.INDEXES.forEach(index -> jdbc.execute("DROP INDEX IF EXISTS " + index));
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  /**
   * One whole export timed, then one more with the live heap sampled ({@link LiveHeap}): the heap a streamed export
   * holds stays flat however many rows go by.
   */
  private String measureExport(SheetFormat format) throws Exception {
    vacuum();
    CountingOutputStream file = new CountingOutputStream();
    long start = System.nanoTime();
    registerExport.write(format, query(null, null, null, 0, false, null), AgencyScope.every(), file);
    double seconds = (System.nanoTime() - start) / 1e9;
    LiveHeap.Sampled heap = LiveHeap.during(() -> registerExport.write(format, query(null, null, null, 0, false, null),
        AgencyScope.every(), new CountingOutputStream()));
    return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %d | %d | %d |", format,
        count("register_entry") + count("corrective_action"), seconds, file.bytes / (double) MEGABYTE,
        heap.beforeMegabytes(), heap.maxDuringMegabytes(), heap.samples());
  }

  private static final class CountingOutputStream extends OutputStream {

    private long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      bytes += length;
    }
  }

  private record Shape(String name, RegisterQuery query, AgencyScope scope) {
  }

  private record Figures(double p50, double p95, double max, long matched) {
  }

  /** The median, p95 and slowest of the measured runs, after the warm-up runs. */
  private Figures measure(Shape shape) {
    for (int run = 0; run < WARM_UP_RUNS; run++) {
      listing.search(shape.query(), shape.scope());
    }
    List<Double> millis = new ArrayList<>();
    long matched = 0;
    for (int run = 0; run < MEASURED_RUNS; run++) {
      long start = System.nanoTime();
      matched = listing.search(shape.query(), shape.scope()).page().totalElements();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return new Figures(Benchmarks.percentile(millis, 0.5), Benchmarks.percentile(millis, 0.95),
        Benchmarks.percentile(millis, 1), matched);
  }
}
