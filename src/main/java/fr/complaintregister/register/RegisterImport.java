package fr.complaintregister.register;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.Channel;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ComplaintSettings;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.OrderNumbers;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.Outcome;
import fr.complaintregister.complaint.SubmittedFields;
import fr.complaintregister.complaint.WithdrawalKind;
import fr.complaintregister.deadline.DeadlineCalculator;
import fr.complaintregister.deadline.Deadlines;
import fr.complaintregister.register.SheetReader.Line;
import fr.complaintregister.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a register kept in a spreadsheet in, all or nothing: every line is checked first, and one wrong line imports
 * nothing. Rows keep their order numbers and have no process: closed ones stay closed, open ones are listed as open
 * for someone to take up. A row already in the register as the file has it is skipped, so that a file imported again
 * changes nothing. Corrective actions (PA) are not imported: they come from a decision in the register.
 */
@Service
public class RegisterImport {

  static final int MAX_LINES = 100_000;
  /** The order numbers compared with the register in one statement. */
  private static final int COMPARED_AT_ONCE = 1000;
  private static final List<String> IMPORTERS = List.of(Role.QUALITE.groupId(), Role.ADMINISTRATORS);
  private static final Pattern ORDER_NUMBER = Pattern.compile("\\d{2}\\.([A-Za-z0-9]{1,10})\\.(\\d{3,9})");
  /** A line of the "Suivi" column as the export writes it: 31/01/2026 (bruno) : Appelé la cliente. */
  private static final Pattern FOLLOW_UP_LINE = Pattern.compile("(\\d{2}/\\d{2}/\\d{4}) \\(([^()]{1,100})\\) : (.*)");
  private static final String IMPORT_AUTHOR = "import";
  /** A note's size in the register (V3): the generated ones carry a comment of up to 4,000 characters. */
  private static final int MAX_NOTE_LENGTH = 8000;
  /** An order number's year has two digits: a reception date a century back could not be told from this one's. */
  private static final int MAX_YEARS_BACK = 99;

  private final SheetReader reader;
  private final RegisterSheetRows sheetRows;
  private final ImportedRows importedRows;
  private final OrderNumbers orderNumbers;
  private final DeadlineCalculator deadlines;
  private final ComplaintAccess access;
  private final ComplaintSettings settings;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final Clock clock;

  RegisterImport(RegisterSheetRows sheetRows, ImportedRows importedRows, OrderNumbers orderNumbers,
                 DeadlineCalculator deadlines, ComplaintAccess access, ComplaintSettings settings,
                 CurrentUser currentUser, Messages messages, Clock clock) {
    this.reader = new SheetReader(messages, MAX_LINES);
    this.sheetRows = sheetRows;
    this.importedRows = importedRows;
    this.orderNumbers = orderNumbers;
    this.deadlines = deadlines;
    this.access = access;
    this.settings = settings;
    this.currentUser = currentUser;
    this.messages = messages;
    this.clock = clock;
  }

  /** What the import did: the rows written, in the file's order, and those already in the register. */
  public record Report(int imported, int skipped, List<String> orderNumbers, List<String> skippedOrderNumbers) {
  }

  /** A checked line, ready to be written: its cells as the register would export them, and its notes. */
  record ImportedRow(Line line, Origin origin, String agency, int sequence, ComplaintStatus status, Outcome outcome,
                     Channel channel, WithdrawalKind withdrawalKind, SheetRow sheet, List<Note> notes) {

    String orderNumber() {
      return sheet.orderNumber();
    }

    LocalDate receptionDate() {
      return (LocalDate) sheet.get(SheetColumn.RECEPTION_DATE);
    }
  }

  record Note(LocalDate date, String author, String text) {
  }

  /**
   * @throws AccessRefusedException for anyone but the quality manager and the administrators
   * @throws InvalidInputException naming each wrong line by its number in the file and its column; nothing is written
   */
  @Transactional
  public Report importFile(byte[] file) {
    if (!currentUser.isOneOf(List.of(), IMPORTERS)) {
      throw new AccessRefusedException(null, messages.get("error.access.importRegister"));
    }
    List<Line> lines = reader.read(file);
    List<FieldError> errors = new ArrayList<>();
    Map<String, Line> seen = new HashMap<>();
    Map<String, Optional<String>> agencies = new HashMap<>();
    List<ImportedRow> rows = new ArrayList<>();
    for (Line line : lines) {
      String orderNumber = line.cells().get(SheetColumn.ORDER_NUMBER);
      Line earlier = seen.putIfAbsent(orderNumber, line);
      if (earlier != null && !orderNumber.isEmpty()) {
        errors.add(lineError(line, SheetColumn.ORDER_NUMBER, messages.get("error.sheet.repeated", where(earlier))));
        continue;
      }
      Check check = new Check(line, agencies);
      check.row().ifPresent(rows::add);
      errors.addAll(check.lineErrors());
    }
    if (errors.isEmpty()) {
      // The counters before the rows already there are read: locked until the import commits (or rolls back on a
      // refusal), they make a recording meanwhile wait, rather than take a number the file holds.
      rows.stream().collect(Collectors.toMap(row -> List.of(row.agency(), row.receptionDate().getYear() % 100),
              row -> row, (one, other) -> one.sequence() >= other.sequence() ? one : other))
          .values().forEach(highest -> orderNumbers.raiseTo(highest.agency(), highest.receptionDate().getYear(),
              highest.sequence()));
    }
    List<ImportedRow> newRows = withoutRowsAlreadyThere(rows, lines, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    importedRows.insert(newRows, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    List<String> written = newRows.stream().map(ImportedRow::orderNumber).toList();
    Set<String> writtenOnes = Set.copyOf(written);
    List<String> skipped = lines.stream().map(line -> line.cells().get(SheetColumn.ORDER_NUMBER))
        .filter(number -> !writtenOnes.contains(number)).toList();
    return new Report(written.size(), skipped.size(), written, skipped);
  }

  /**
   * The rows not in the register yet. A row in it with the same cells as the file is skipped; with other cells, or a
   * corrective action not in it, it is an error.
   */
  private List<ImportedRow> withoutRowsAlreadyThere(List<ImportedRow> rows, List<Line> lines, List<FieldError> errors) {
    Map<String, ImportedRow> checked = new LinkedHashMap<>();
    rows.forEach(row -> checked.put(row.orderNumber(), row));
    List<String> numbers = lines.stream().map(line -> line.cells().get(SheetColumn.ORDER_NUMBER))
        .filter(number -> !number.isEmpty()).distinct().toList();
    Map<String, SheetRow> existing = new HashMap<>();
    for (int start = 0; start < numbers.size(); start += COMPARED_AT_ONCE) {
      existing.putAll(sheetRows.byOrderNumber(numbers.subList(start, Math.min(numbers.size(), start + COMPARED_AT_ONCE))));
    }
    List<ImportedRow> newRows = new ArrayList<>();
    for (Line line : lines) {
      String number = line.cells().get(SheetColumn.ORDER_NUMBER);
      SheetRow stored = existing.get(number);
      ImportedRow row = checked.get(number);
      if (Origin.PA.name().equals(line.cells().get(SheetColumn.ORIGIN))) {
        if (stored == null) {
          errors.add(lineError(line, SheetColumn.ORIGIN, messages.get("error.sheet.actionRow")));
        } else {
          firstDifference(line, column -> line.cells().get(column), stored).ifPresent(column -> errors.add(
              different(line, number, column)));
        }
      } else if (row != null && row.line() == line) {
        if (stored == null) {
          newRows.add(row);
        } else {
          firstDifference(line, column -> text(row.sheet(), column), stored).ifPresent(column -> errors.add(
              different(line, number, column)));
        }
      }
    }
    return newRows;
  }

  /**
   * The first of the file's columns where the line differs from the register's row, each cell as the export writes
   * it; what the register has beyond the file's columns does not count.
   */
  private Optional<SheetColumn> firstDifference(Line line, Function<SheetColumn, String> imported, SheetRow stored) {
    return line.cells().keySet().stream()
        .filter(column -> !SheetCells.sameOrCut(imported.apply(column), text(stored, column), messages))
        .findFirst();
  }

  private FieldError different(Line line, String orderNumber, SheetColumn column) {
    return lineError(line, column, messages.get("error.sheet.different", orderNumber, messages.get(column.headerKey())));
  }

  private String text(SheetRow row, SheetColumn column) {
    return SheetCells.text(row.get(column), messages);
  }

  private FieldError lineError(Line line, SheetColumn column, String message) {
    return new FieldError(messages.get(column.headerKey()), messages.get("error.import.line", where(line), message));
  }

  /** "12", or "12 (feuille 2025)" in a workbook, the header being line 1. */
  private String where(Line line) {
    return line.sheet() == null ? String.valueOf(line.number())
        : messages.get("error.sheet.lineOfSheet", line.number(), line.sheet());
  }

  /** The checks of one line, by the register's rules for each column. */
  private final class Check {

    private final Line line;
    private final Map<String, Optional<String>> agencies;
    private final SubmittedFields fields;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<SheetColumn, Object> values = new EnumMap<>(SheetColumn.class);

    Check(Line line, Map<String, Optional<String>> agencies) {
      this.line = line;
      this.agencies = agencies;
      Map<String, Object> submitted = new HashMap<>();
      line.cells().forEach((column, text) -> submitted.put(column.field(), text.isEmpty() ? null : text));
      this.fields = new SubmittedFields(submitted, messages);
    }

    Optional<ImportedRow> row() {
      Origin origin = fields.requiredChoice(SheetColumn.ORIGIN.field(), SubmittedFields.constantOf(Origin.class));
      String orderNumber = text(SheetColumn.ORDER_NUMBER, 32, true);
      if (origin == Origin.PA) {
        return Optional.empty();
      }
      put(SheetColumn.ORIGIN, origin == null ? null : origin.name());
      LocalDate receptionDate = date(SheetColumn.RECEPTION_DATE, true);
      LocalDate today = LocalDate.now(clock);
      if (receptionDate != null && receptionDate.isAfter(today)) {
        reject(SheetColumn.RECEPTION_DATE, "error.sheet.future");
      } else if (receptionDate != null && receptionDate.isBefore(today.minusYears(MAX_YEARS_BACK))) {
        reject(SheetColumn.RECEPTION_DATE, "error.sheet.tooOld", MAX_YEARS_BACK);
      }
      Matcher number = orderNumber == null ? null : ORDER_NUMBER.matcher(orderNumber);
      String agency = null;
      if (number != null && !number.matches()) {
        reject(SheetColumn.ORDER_NUMBER, "error.sheet.orderNumber", orderNumber);
      } else if (number != null) {
        agency = number.group(1);
        checkAgency(agency, receptionDate, number.group(2));
      }
      Integer year = wholeNumber(SheetColumn.YEAR, 1, 9999);
      if (receptionDate != null) {
        if (year != null && year != receptionDate.getYear()) {
          reject(SheetColumn.YEAR, "error.sheet.year", receptionDate.getYear());
        }
        values.put(SheetColumn.YEAR, receptionDate.getYear());
      }
      text(SheetColumn.ISSUER, 200, true);
      text(SheetColumn.SUBJECT, 2000, true);
      text(SheetColumn.DOCUMENT_NUMBER, 100, false);
      text(SheetColumn.HANDLER, 100, false);
      date(SheetColumn.DUE_DATE, false);
      LocalDate closureDate = date(SheetColumn.CLOSURE_DATE, false);
      text(SheetColumn.PRODUCT_OR_SERVICE, 500, false);
      String category = text(SheetColumn.PRODUCT_CATEGORY, 50, false);
      if (category != null && !settings.productCategories().contains(category)) {
        reject(SheetColumn.PRODUCT_CATEGORY, "error.unknownValue", category);
      }
      values.put(SheetColumn.PRODUCT_CATEGORY, category == null ? settings.defaultProductCategory() : category);
      Channel channel = choice(SheetColumn.CHANNEL, code -> Arrays.stream(Channel.values())
          .filter(constant -> constant.code().equalsIgnoreCase(code)).findFirst());
      if (channel != null) {
        values.put(SheetColumn.CHANNEL, channel.code());
      }
      text(SheetColumn.OTHER_PARTIES, 1000, false);
      text(SheetColumn.TARGETED_PERSONS, 1000, false);
      text(SheetColumn.CLIENT_EMAIL, 320, false);
      text(SheetColumn.CLIENT_ADDRESS, 1000, false);
      flag(SheetColumn.ANSWERED_AT_ONCE);
      date(SheetColumn.ACKNOWLEDGEMENT_DUE_DATE, false);
      date(SheetColumn.ACKNOWLEDGEMENT_DATE, false);
      date(SheetColumn.ANSWER_DATE, false);
      if (origin == Origin.FS) {
        deadlinesWhereMissing(receptionDate, agency, closureDate);
      }
      Outcome outcome = choice(SheetColumn.OUTCOME, labelled(Outcome.values(), "outcome."));
      if (outcome != null) {
        values.put(SheetColumn.OUTCOME, messages.get("outcome." + outcome.name()));
      }
      text(SheetColumn.ANSWER_TEXT, 10000, false);
      text(SheetColumn.RECOURSE_OPTIONS, 10000, false);
      text(SheetColumn.COMMERCIAL_GESTURE, 2000, false);
      amount(SheetColumn.COMMERCIAL_GESTURE_AMOUNT);
      text(SheetColumn.DYSFUNCTIONS, 10000, false);
      text(SheetColumn.SIGNED_BY, 100, false);
      date(SheetColumn.SIGNATURE_DATE, false);
      wholeNumber(SheetColumn.RATING, 1, 5);
      text(SheetColumn.PLATFORM, 100, false);
      flag(SheetColumn.MARKED_NEGATIVE);
      text(SheetColumn.PUBLIC_REPLY_TEXT, 4000, false);
      date(SheetColumn.PUBLIC_REPLY_DATE, false);
      text(SheetColumn.PUBLIC_REPLY_AUTHOR, 200, false);
      WithdrawalKind withdrawalKind = choice(SheetColumn.WITHDRAWAL_KIND, SubmittedFields.constantOf(WithdrawalKind.class));
      text(SheetColumn.WITHDRAWAL_REASON, 2000, false);
      String recordedBy = text(SheetColumn.RECORDED_BY, 100, false);
      values.put(SheetColumn.RECORDED_BY, recordedBy == null ? currentUser.id() : recordedBy);
      ComplaintStatus status = status(origin, closureDate);
      List<Note> notes = notes(receptionDate);
      values.put(SheetColumn.LINKED_ROWS, emptyToNull(line.cells().get(SheetColumn.LINKED_ROWS)));
      try {
        fields.throwIfInvalid();
      } catch (InvalidInputException wrong) {
        wrong.errors().forEach(error -> errors.add(0, error));
      }
      if (!errors.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new ImportedRow(line, origin, agency, Integer.parseInt(number.group(2)), status, outcome,
          channel, withdrawalKind, new SheetRow(values), notes));
    }

    List<FieldError> lineErrors() {
      return errors.stream().map(error -> lineError(line,
          SheetColumn.valueOf(error.field().substring("sheet.".length())), error.message())).toList();
    }

    /**
     * The order number as the register writes it, with the year of reception; its agency that of the row, one that
     * exists and the importer may record in.
     */
    private void checkAgency(String agency, LocalDate receptionDate, String sequence) {
      String named = emptyToNull(line.cells().get(SheetColumn.AGENCY));
      if (named != null && !named.equals(agency)) {
        reject(SheetColumn.AGENCY, "error.sheet.orderNumberAgency", agency);
      }
      values.put(SheetColumn.AGENCY, agency);
      String expected = receptionDate == null ? null
          : OrderNumbers.format(receptionDate.getYear(), agency, Integer.parseInt(sequence));
      if (expected != null && !expected.equals(line.cells().get(SheetColumn.ORDER_NUMBER))) {
        reject(SheetColumn.ORDER_NUMBER, "error.sheet.orderNumberYear", expected);
      }
      agencies.computeIfAbsent(agency, code -> {
        try {
          access.checkMayRecordIn(code);
          return Optional.empty();
        } catch (InvalidInputException | AccessRefusedException refused) {
          return Optional.of(refused instanceof InvalidInputException invalid
              ? invalid.errors().get(0).message() : refused.getMessage());
        }
      }).ifPresent(refusal -> errors.add(new FieldError(SheetColumn.ORDER_NUMBER.field(), refusal)));
    }

    /**
     * A complaint's deadlines as the register computes them, where a sheet kept by hand did not write them, so that
     * an imported complaint is late, or on time, as a recorded one; closed, its answer was given on its closure day.
     */
    private void deadlinesWhereMissing(LocalDate receptionDate, String agency, LocalDate closureDate) {
      if (receptionDate == null || agency == null) {
        return;
      }
      Deadlines due = deadlines.compute(receptionDate, agency);
      values.putIfAbsent(SheetColumn.ACKNOWLEDGEMENT_DUE_DATE, due.acknowledgementDue());
      values.putIfAbsent(SheetColumn.DUE_DATE, due.answerDue());
      if (closureDate != null && emptyToNull(line.cells().get(SheetColumn.WITHDRAWAL_KIND)) == null) {
        values.putIfAbsent(SheetColumn.ANSWER_DATE, closureDate);
      }
    }

    /** As the file says, or as the closure date shows: an open row waits for someone to take it up. */
    private ComplaintStatus status(Origin origin, LocalDate closureDate) {
      ComplaintStatus status = choice(SheetColumn.STATUS, labelled(ComplaintStatus.values(), "sheet.status."));
      if (status == null && emptyToNull(line.cells().get(SheetColumn.STATUS)) == null) {
        boolean closed = closureDate != null;
        status = origin == Origin.QS ? (closed ? ComplaintStatus.EXAMINED : ComplaintStatus.TO_EXAMINE)
            : (closed ? ComplaintStatus.ANSWERED : ComplaintStatus.AWAITING_ACKNOWLEDGEMENT);
      } else if (status != null && ComplaintStatus.CLOSED.contains(status) != (closureDate != null)) {
        reject(SheetColumn.CLOSURE_DATE, closureDate == null ? "error.sheet.closedWithoutDate" : "error.sheet.openWithDate");
      }
      if (status != null) {
        values.put(SheetColumn.STATUS, messages.get("sheet.status." + status.name()));
      }
      return status;
    }

    /** The "Suivi" cell's lines; a line not shaped as the export writes them continues the note above it. */
    private List<Note> notes(LocalDate receptionDate) {
      String cell = line.cells().getOrDefault(SheetColumn.FOLLOW_UP, "");
      List<Note> notes = new ArrayList<>();
      if (cell.isBlank()) {
        return notes;
      }
      for (String text : cell.split("\\R", -1)) {
        Matcher shaped = FOLLOW_UP_LINE.matcher(text);
        Optional<LocalDate> date = shaped.matches() ? frenchDate(shaped.group(1)) : Optional.empty();
        if (date.isPresent()) {
          notes.add(new Note(date.get(), shaped.group(2), shaped.group(3)));
        } else if (notes.isEmpty()) {
          notes.add(new Note(receptionDate == null ? LocalDate.now(clock) : receptionDate, IMPORT_AUTHOR, text));
        } else {
          Note previous = notes.remove(notes.size() - 1);
          notes.add(new Note(previous.date(), previous.author(), previous.text() + "\n" + text));
        }
      }
      if (notes.stream().anyMatch(note -> note.text().length() > MAX_NOTE_LENGTH || note.author().length() > 100)) {
        reject(SheetColumn.FOLLOW_UP, "error.sheet.followUpTooLong", MAX_NOTE_LENGTH);
      }
      values.put(SheetColumn.FOLLOW_UP, String.join("\n", notes.stream().map(note -> messages.get("sheet.followUpLine",
          note.date().format(FrenchDate.FORMAT), note.author(), note.text())).toList()));
      return notes;
    }

    private String text(SheetColumn column, int maxLength, boolean required) {
      String text = required ? fields.requiredText(column.field(), maxLength) : fields.optionalText(column.field(), maxLength);
      put(column, text);
      return text;
    }

    private LocalDate date(SheetColumn column, boolean required) {
      LocalDate date = fields.optionalDate(column.field());
      if (required && date == null && line.cells().getOrDefault(column, "").isEmpty()) {
        reject(column, "error.required");
      }
      put(column, date);
      return date;
    }

    private Integer wholeNumber(SheetColumn column, int min, int max) {
      String text = line.cells().getOrDefault(column, "");
      if (text.isEmpty()) {
        return null;
      }
      try {
        int number = Integer.parseInt(text);
        if (number >= min && number <= max) {
          put(column, number);
          return number;
        }
      } catch (NumberFormatException notWhole) {
        // refused below, as a number out of bounds
      }
      reject(column, "error.wholeNumber", min, max);
      return null;
    }

    /** Euros as a French spreadsheet writes them (12,50) or as a number cell reads (12.5). */
    private void amount(SheetColumn column) {
      String text = line.cells().getOrDefault(column, "");
      if (text.isEmpty()) {
        return;
      }
      try {
        BigDecimal amount = new BigDecimal(text.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
        if (amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2 && amount.precision() - amount.scale() <= 10) {
          put(column, amount.setScale(2));
          return;
        }
      } catch (NumberFormatException notAnAmount) {
        // refused below
      }
      reject(column, "error.amount");
    }

    private void flag(SheetColumn column) {
      String text = line.cells().getOrDefault(column, "");
      boolean yes = text.equalsIgnoreCase(messages.get("sheet.yes"));
      if (!text.isEmpty() && !yes && !text.equalsIgnoreCase(messages.get("sheet.no"))) {
        reject(column, "error.unknownValue", text);
      }
      values.put(column, yes);
    }

    private <T> T choice(SheetColumn column, Function<String, Optional<T>> parser) {
      String text = emptyToNull(line.cells().get(column));
      if (text == null) {
        return null;
      }
      Optional<T> choice = parser.apply(text);
      if (choice.isEmpty()) {
        reject(column, "error.unknownValue", text);
      } else {
        put(column, text);
      }
      return choice.orElse(null);
    }

    /** A constant by its French label, as exported, or by its code. */
    private <E extends Enum<E>> Function<String, Optional<E>> labelled(E[] constants, String labelPrefix) {
      return text -> Arrays.stream(constants).filter(constant -> constant.name().equals(text)
          || messages.get(labelPrefix + constant.name()).toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))
          .findFirst();
    }

    private Optional<LocalDate> frenchDate(String text) {
      try {
        return Optional.of(LocalDate.parse(text, FrenchDate.FORMAT));
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }

    private void put(SheetColumn column, Object value) {
      if (value != null) {
        values.put(column, value);
      }
    }

    private void reject(SheetColumn column, String key, Object... arguments) {
      Object[] withLabel = new Object[arguments.length + 1];
      withLabel[0] = messages.get(column.headerKey());
      System.arraycopy(arguments, 0, withLabel, 1, arguments.length);
      errors.add(new FieldError(column.field(), messages.get(key, withLabel)));
    }
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
