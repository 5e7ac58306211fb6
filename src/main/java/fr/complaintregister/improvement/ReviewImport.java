package fr.complaintregister.improvement;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.CsvText;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.NewReview;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.ReviewProcess;
import fr.complaintregister.security.Role;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the reviews of a review platform's CSV export as QS rows, all or nothing: every line is
 * checked before the first is recorded, so a wrong file records nothing and uses no order number.
 */
@Service
public class ReviewImport {

  /** Who imports reviews: the quality manager, who owns them (the front desk records them one by one). */
  private static final List<String> IMPORTERS = List.of(Role.QUALITE.groupId());
  /** The export's columns, and the recording form's field each one fills. */
  private static final Map<String, String> COLUMNS = columns();
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

  private final ReviewProcess process;
  private final ComplaintForm form;
  private final ComplaintRegister register;
  private final ComplaintAccess access;
  private final CurrentUser currentUser;
  private final Messages messages;

  public ReviewImport(ReviewProcess process, ComplaintForm form, ComplaintRegister register, ComplaintAccess access,
                      CurrentUser currentUser, Messages messages) {
    this.process = process;
    this.form = form;
    this.register = register;
    this.access = access;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** A record of the file, and the line of the file where it starts (the header is line 1). */
  private record Line(int number, CSVRecord record) {
  }

  /** What the import recorded: the order numbers in the file's order. */
  public record Report(int imported, List<String> orderNumbers) {
  }

  /**
   * @throws AccessRefusedException for a caller who may not import reviews into the agency
   * @throws InvalidInputException listing every wrong line, by its number in the file; then nothing is recorded
   */
  @Transactional
  public Report importCsv(byte[] file, String agency) {
    if (!currentUser.isOneOf(List.of(), IMPORTERS)) {
      throw new AccessRefusedException(null, messages.get("error.access.importReviews"));
    }
    if (agency == null || agency.isBlank()) {
      throw invalid("agency", messages.get("error.required", messages.get("field.agency")));
    }
    access.checkMayRecordIn(agency.strip());
    List<Map<String, Object>> reviews = checked(read(file), agency.strip());
    List<String> orderNumbers = reviews.stream().map(process::start).toList();
    return new Report(orderNumbers.size(), orderNumbers);
  }

  /**
   * Each line's fields as the recording form names them; every wrong line is reported, then nothing is recorded. A
   * review already in the register, or twice in the file, is wrong too: an export imported again records nothing.
   */
  private List<Map<String, Object>> checked(List<Line> lines, String agency) {
    List<FieldError> errors = new ArrayList<>();
    List<Map<String, Object>> reviews = new ArrayList<>();
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (Line line : lines) {
      Map<String, Object> review = review(line.record(), agency);
      try {
        NewReview checked = form.readReview(review);
        Optional<String> recorded = register.sameReview(checked);
        Integer earlier = seen.putIfAbsent(sameness(checked), line.number());
        if (recorded.isPresent()) {
          errors.add(lineError(line, null, messages.get("error.import.alreadyRecorded", recorded.get())));
        } else if (earlier != null) {
          errors.add(lineError(line, null, messages.get("error.import.repeated", earlier)));
        } else {
          reviews.add(review);
        }
      } catch (InvalidInputException e) {
        e.errors().forEach(error -> errors.add(lineError(line, column(error.field()), error.message())));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return reviews;
  }

  /** What makes two lines the same review, as the register compares them ({@link ComplaintRegister#sameReview}). */
  private static List<Object> sameness(NewReview review) {
    return List.of(review.entry().clientName(), review.entry().receptionDate(), review.entry().subject(),
        review.platform() == null ? "" : review.platform());
  }

  private FieldError lineError(Line line, String column, String message) {
    return new FieldError(column, messages.get("error.import.line", line.number(), message));
  }

  private static Map<String, Object> review(CSVRecord record, String agency) {
    Map<String, Object> review = new HashMap<>();
    COLUMNS.forEach((column, field) -> review.put(field, record.isSet(column) ? record.get(column) : null));
    // A rating is a number in the file's text: none when blank, a whole one read as such, anything else refused as it is.
    if (review.get(ComplaintForm.RATING) instanceof String rating) {
      review.put(ComplaintForm.RATING, rating.isBlank() ? null
          : WHOLE_NUMBER.matcher(rating.strip()).matches() ? Integer.valueOf(rating.strip()) : rating);
    }
    review.put(ComplaintForm.AGENCY, agency);
    review.put(ComplaintForm.ORIGIN, Origin.QS.name());
    return review;
  }

  private List<Line> read(byte[] file) {
    String text = CsvText.of(file, messages);
    String header = text.lines().findFirst().orElse("");
    char separator = header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> missing = COLUMNS.keySet().stream()
          .filter(column -> parser.getHeaderMap().keySet().stream().noneMatch(column::equalsIgnoreCase)).toList();
      if (!missing.isEmpty()) {
        throw invalid("file", messages.get("error.import.columns", String.join(", ", missing)));
      }
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        throw invalid("file", messages.get("error.import.empty"));
      }
      return records.stream().map(record -> new Line(lineOf(text, record.getCharacterPosition()), record)).toList();
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
      throw invalid("file", messages.get("error.import.unreadable"));
    }
  }

  /** The line where a record starts: blank lines before it are skipped, and a quoted text may span lines. */
  private static int lineOf(String text, long characterPosition) {
    int start = (int) characterPosition;
    while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
      start++;
    }
    return 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
  }


  /** The CSV column a form field comes from, for the error to name what the user sees in their file. */
  private static String column(String field) {
    return COLUMNS.entrySet().stream().filter(entry -> entry.getValue().equals(field))
        .map(Map.Entry::getKey).findFirst().orElse(field);
  }

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("author", "clientName");
    columns.put("date", "receptionDate");
    columns.put("rating", ComplaintForm.RATING);
    columns.put("text", "subject");
    columns.put("platform", ComplaintForm.PLATFORM);
    return Collections.unmodifiableMap(columns);
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }
}
