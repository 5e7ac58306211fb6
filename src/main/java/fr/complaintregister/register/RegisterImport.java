package fr.complaintregister.register;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.Channel;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ComplaintSettings;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.OrderNumbers;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.Outcome;
import fr.complaintregister.complaint.SubmittedFields;
import fr.complaintregister.complaint.WithdrawalKind;
import fr.complaintregister.deadline.DeadlineCalculator;
import fr.complaintregister.deadline.Deadlines;
import fr.complaintregister.improvement.ActionStatus;
import fr.complaintregister.register.LineCheck.Numbering;
import fr.complaintregister.register.SheetReader.Line;
import fr.complaintregister.security.Agencies;
import fr.complaintregister.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a register kept in a spreadsheet in, all or nothing: every line is checked first, and one wrong line imports
 * nothing. Rows keep their order numbers and have no process: closed ones stay closed, open ones are listed as open
 * for someone to take up. Corrective actions (PA) come in with the rows they answer, which must be in the register
 * or in the file. A row already in the register as the file has it is skipped, so that a file imported again
 * changes nothing.
 */
@Service
public class RegisterImport {

  static final int MAX_LINES = 100_000;
  /** The order numbers compared with the register in one statement. */
  private static final int COMPARED_AT_ONCE = 1000;
  private static final List<String> IMPORTERS = List.of(Role.QUALITE.groupId(), Role.ADMINISTRATORS);
  /** A note's size in a complaint's log (V3: generated ones carry a comment of up to 4,000 characters)... */
  private static final int MAX_NOTE_LENGTH = 8000;
  /** ... and in an action's (V10). */
  private static final int MAX_ACTION_NOTE_LENGTH = 4000;
  /** What the register keeps of an action: the tracking columns but a document number, and its own few. */
  private static final Set<SheetColumn> ACTION_COLUMNS = columns(SheetColumn.TRACKING,
      Set.of(SheetColumn.DOCUMENT_NUMBER), SheetColumn.AGENCY, SheetColumn.STATUS, SheetColumn.LINKED_ROWS,
      SheetColumn.CHECK_DATE, SheetColumn.RECORDED_BY);
  /** A complaint or review has every column but an action's check date. */
  private static final Set<SheetColumn> ENTRY_COLUMNS = columns(Arrays.asList(SheetColumn.values()),
      Set.of(SheetColumn.CHECK_DATE));

  private final SheetReader reader;
  private final RegisterSheetRows sheetRows;
  private final ImportedRows importedRows;
  private final OrderNumbers orderNumbers;
  private final DeadlineCalculator deadlines;
  private final ComplaintAccess access;
  private final Agencies agencies;
  private final ComplaintSettings settings;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final Clock clock;

  RegisterImport(RegisterSheetRows sheetRows, ImportedRows importedRows, OrderNumbers orderNumbers,
                 DeadlineCalculator deadlines, ComplaintAccess access, Agencies agencies, ComplaintSettings settings,
                 CurrentUser currentUser, Messages messages, Clock clock) {
    this.reader = new SheetReader(messages, MAX_LINES);
    this.sheetRows = sheetRows;
    this.importedRows = importedRows;
    this.orderNumbers = orderNumbers;
    this.deadlines = deadlines;
    this.access = access;
    this.agencies = agencies;
    this.settings = settings;
    this.currentUser = currentUser;
    this.messages = messages;
    this.clock = clock;
  }

  /** What the import did: the rows written, in the file's order, and those already in the register. */
  public record Report(int imported, int skipped, List<String> orderNumbers, List<String> skippedOrderNumbers) {
  }

  /** A checked line, ready to be written: its place in the register, its cells as the register exports them. */
  sealed interface Imported permits ImportedRow, ImportedAction {

    Line line();

    Numbering numbering();

    SheetRow sheet();

    List<Note> notes();

    default String orderNumber() {
      return sheet().orderNumber();
    }
  }

  /** A complaint (FS) or a review (QS). */
  record ImportedRow(Line line, Numbering numbering, Origin origin, ComplaintStatus status, Outcome outcome,
                     Channel channel, WithdrawalKind withdrawalKind, SheetRow sheet, List<Note> notes)
      implements Imported {
  }

  /** A corrective action (PA) and the rows it answers. */
  record ImportedAction(Line line, Numbering numbering, ActionStatus status, SheetRow sheet, List<Note> notes,
                        List<String> sources) implements Imported {
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
    Map<String, Optional<String>> refusals = new HashMap<>();
    Function<String, Optional<String>> refusalIn = agency -> refusals.computeIfAbsent(agency, this::refusalIn);
    List<Imported> rows = new ArrayList<>();
    for (Line line : lines) {
      String orderNumber = line.cells().get(SheetColumn.ORDER_NUMBER);
      Line earlier = seen.putIfAbsent(orderNumber, line);
      if (earlier != null && !orderNumber.isEmpty()) {
        errors.add(lineError(line, SheetColumn.ORDER_NUMBER, messages.get("error.sheet.repeated", where(earlier))));
        continue;
      }
      LineCheck check = new LineCheck(line, messages, clock);
      Optional<Imported> row = checked(check, refusalIn);
      List<LineCheck.CellError> lineErrors = check.errors();
      if (lineErrors.isEmpty()) {
        row.ifPresent(rows::add);
      }
      lineErrors.forEach(error -> errors.add(lineError(line, error.column(), error.message())));
    }
    if (errors.isEmpty()) {
      raiseCounters(rows);
    }
    List<Imported> newRows = withoutRowsAlreadyThere(rows, lines, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    // An agency just created in Camunda Admin is opened to the network's groups, as by its first recording: the
    // direction, the quality manager and the auditors see its imported rows and the tasks of those taken up.
    newRows.stream().map(row -> row.numbering().agency()).distinct().forEach(agencies::openToNetwork);
    importedRows.insert(newRows, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    List<String> written = newRows.stream().map(Imported::orderNumber).toList();
    Set<String> writtenOnes = Set.copyOf(written);
    List<String> skipped = lines.stream().map(line -> line.cells().get(SheetColumn.ORDER_NUMBER))
        .filter(number -> !writtenOnes.contains(number)).toList();
    return new Report(written.size(), skipped.size(), written, skipped);
  }

  /** Why the importer may not record in the agency, if they may not. */
  private Optional<String> refusalIn(String agency) {
    try {
      access.checkMayRecordIn(agency);
      return Optional.empty();
    } catch (InvalidInputException | AccessRefusedException refused) {
      return Optional.of(refused instanceof InvalidInputException invalid
          ? invalid.errors().get(0).message() : refused.getMessage());
    }
  }

  /** The line as a row of its kind, its cells checked; empty without a known origin. */
  private Optional<Imported> checked(LineCheck check, Function<String, Optional<String>> refusalIn) {
    Origin origin = check.origin();
    Numbering numbering = check.numbering(refusalIn);
    if (origin == null) {
      return Optional.empty();
    }
    check.emptyOutside(origin == Origin.PA ? ACTION_COLUMNS : ENTRY_COLUMNS, origin);
    return Optional.of(origin == Origin.PA ? action(check, numbering) : entry(check, origin, numbering));
  }

  /**
   * The counters before the rows already there are read: locked until the import commits (or rolls back on a
   * refusal), they make a recording meanwhile wait, rather than take a number the file holds.
   */
  private void raiseCounters(List<Imported> rows) {
    rows.stream().collect(Collectors.toMap(row -> List.of(row.numbering().agency(), row.numbering().date().getYear()),
            Imported::numbering, (one, other) -> one.sequence() >= other.sequence() ? one : other))
        .values().forEach(highest -> orderNumbers.raiseTo(highest.agency(), highest.date().getYear(), highest.sequence()));
  }

  /** A complaint or a review, by the register's rules for each column. */
  private ImportedRow entry(LineCheck check, Origin origin, Numbering numbering) {
    check.text(SheetColumn.ISSUER, 200, true);
    check.text(SheetColumn.SUBJECT, 2000, true);
    check.text(SheetColumn.DOCUMENT_NUMBER, 100, false);
    check.text(SheetColumn.HANDLER, 100, false);
    check.date(SheetColumn.DUE_DATE, false);
    LocalDate closureDate = check.date(SheetColumn.CLOSURE_DATE, false);
    check.text(SheetColumn.PRODUCT_OR_SERVICE, 500, false);
    String category = check.text(SheetColumn.PRODUCT_CATEGORY, 50, false);
    if (category != null && !settings.productCategories().contains(category)) {
      check.reject(SheetColumn.PRODUCT_CATEGORY, "error.unknownValue", category);
    }
    check.put(SheetColumn.PRODUCT_CATEGORY, category == null ? settings.defaultProductCategory() : category);
    Channel channel = check.choice(SheetColumn.CHANNEL, code -> Arrays.stream(Channel.values())
        .filter(constant -> constant.code().equalsIgnoreCase(code)).findFirst());
    if (channel != null) {
      check.put(SheetColumn.CHANNEL, channel.code());
    }
    check.text(SheetColumn.OTHER_PARTIES, 1000, false);
    check.text(SheetColumn.TARGETED_PERSONS, 1000, false);
    check.text(SheetColumn.CLIENT_EMAIL, 320, false);
    check.text(SheetColumn.CLIENT_ADDRESS, 1000, false);
    check.flag(SheetColumn.ANSWERED_AT_ONCE);
    check.date(SheetColumn.ACKNOWLEDGEMENT_DUE_DATE, false);
    check.date(SheetColumn.ACKNOWLEDGEMENT_DATE, false);
    check.date(SheetColumn.ANSWER_DATE, false);
    if (origin == Origin.FS && numbering != null) {
      deadlinesWhereMissing(check, numbering, closureDate);
    }
    Outcome outcome = check.choice(SheetColumn.OUTCOME, check.labelled(EnumSet.allOf(Outcome.class), "outcome."));
    if (outcome != null) {
      check.put(SheetColumn.OUTCOME, messages.get("outcome." + outcome.name()));
    }
    check.text(SheetColumn.ANSWER_TEXT, 10000, false);
    check.text(SheetColumn.RECOURSE_OPTIONS, 10000, false);
    check.text(SheetColumn.COMMERCIAL_GESTURE, 2000, false);
    check.amount(SheetColumn.COMMERCIAL_GESTURE_AMOUNT);
    check.text(SheetColumn.DYSFUNCTIONS, 10000, false);
    check.text(SheetColumn.SIGNED_BY, 100, false);
    check.date(SheetColumn.SIGNATURE_DATE, false);
    check.wholeNumber(SheetColumn.RATING, 1, 5);
    check.text(SheetColumn.PLATFORM, 100, false);
    check.flag(SheetColumn.MARKED_NEGATIVE);
    check.text(SheetColumn.PUBLIC_REPLY_TEXT, 4000, false);
    check.date(SheetColumn.PUBLIC_REPLY_DATE, false);
    check.text(SheetColumn.PUBLIC_REPLY_AUTHOR, 200, false);
    WithdrawalKind withdrawalKind = check.choice(SheetColumn.WITHDRAWAL_KIND,
        SubmittedFields.constantOf(WithdrawalKind.class));
    check.text(SheetColumn.WITHDRAWAL_REASON, 2000, false);
    String recordedBy = check.text(SheetColumn.RECORDED_BY, 100, false);
    check.put(SheetColumn.RECORDED_BY, recordedBy == null ? currentUser.id() : recordedBy);
    ComplaintStatus status = origin == Origin.QS
        ? check.status(ComplaintStatus.OF_REVIEWS, "sheet.status.", ComplaintStatus.CLOSED, closureDate,
            ComplaintStatus.EXAMINED, ComplaintStatus.TO_EXAMINE)
        : check.status(ComplaintStatus.OF_COMPLAINTS, "sheet.status.", ComplaintStatus.CLOSED, closureDate,
            ComplaintStatus.ANSWERED, ComplaintStatus.AWAITING_ACKNOWLEDGEMENT);
    List<Note> notes = check.notes(numbering == null ? null : numbering.date(), MAX_NOTE_LENGTH);
    return new ImportedRow(check.line(), numbering, origin, status, outcome, channel, withdrawalKind,
        check.sheetRow(), notes);
  }

  /**
   * A complaint's deadlines as the register computes them, where a sheet kept by hand did not write them, so that
   * an imported complaint is late, or on time, as a recorded one; closed, its answer was given on its closure day.
   */
  private void deadlinesWhereMissing(LineCheck check, Numbering numbering, LocalDate closureDate) {
    Deadlines due = deadlines.compute(numbering.date(), numbering.agency());
    check.putIfAbsent(SheetColumn.ACKNOWLEDGEMENT_DUE_DATE, due.acknowledgementDue());
    check.putIfAbsent(SheetColumn.DUE_DATE, due.answerDue());
    if (closureDate != null && check.cell(SheetColumn.WITHDRAWAL_KIND) == null) {
      check.putIfAbsent(SheetColumn.ANSWER_DATE, closureDate);
    }
  }

  /**
   * A corrective action, decided on the row's date by its "emetteur", carried out by the person in charge of the
   * row. Without a due date, a closed action was due on its closure day; without a check date, it is checked a month
   * after it is due, as a decision in the register has it.
   */
  private ImportedAction action(LineCheck check, Numbering numbering) {
    String decidedBy = check.text(SheetColumn.ISSUER, 100, true);
    check.text(SheetColumn.SUBJECT, 2000, true);
    check.text(SheetColumn.HANDLER, 100, true);
    LocalDate closureDate = check.date(SheetColumn.CLOSURE_DATE, false);
    LocalDate dueDate = check.date(SheetColumn.DUE_DATE, closureDate == null);
    if (dueDate == null) {
      dueDate = closureDate;
      check.put(SheetColumn.DUE_DATE, dueDate);
    }
    LocalDate checkDate = check.date(SheetColumn.CHECK_DATE, false);
    if (checkDate != null && dueDate != null && checkDate.isBefore(dueDate)) {
      check.reject(SheetColumn.CHECK_DATE, "error.action.checkBeforeDue");
    }
    check.put(SheetColumn.CHECK_DATE, checkDate == null && dueDate != null ? dueDate.plusMonths(1) : checkDate);
    ActionStatus status = check.status(EnumSet.allOf(ActionStatus.class), RegisterSheetRows.statusKey(Origin.PA.name()),
        Set.of(ActionStatus.CLOSED), closureDate, ActionStatus.CLOSED, ActionStatus.DECIDED);
    // As the register exports an action: who decided it recorded it.
    String recordedBy = check.cell(SheetColumn.RECORDED_BY);
    if (recordedBy != null && !recordedBy.equals(decidedBy)) {
      check.reject(SheetColumn.RECORDED_BY, "error.sheet.actionRecordedBy");
    }
    check.put(SheetColumn.RECORDED_BY, decidedBy);
    List<Note> notes = check.notes(numbering == null ? null : numbering.date(), MAX_ACTION_NOTE_LENGTH);
    List<String> sources = check.orderNumbers(SheetColumn.LINKED_ROWS);
    return new ImportedAction(check.line(), numbering, status, check.sheetRow(), notes, sources);
  }

  /**
   * The rows not in the register yet. A row in it with the same cells as the file is skipped; with other cells, it
   * is an error. A new action's sources must be complaints or reviews of its agency, in the register or in the file.
   */
  private List<Imported> withoutRowsAlreadyThere(List<Imported> rows, List<Line> lines, List<FieldError> errors) {
    Map<String, Imported> checked = new LinkedHashMap<>();
    rows.forEach(row -> checked.put(row.orderNumber(), row));
    Set<String> named = lines.stream().map(line -> line.cells().get(SheetColumn.ORDER_NUMBER))
        .filter(number -> !number.isEmpty()).collect(Collectors.toSet());
    Set<String> numbers = new TreeSet<>(named);
    rows.stream().filter(ImportedAction.class::isInstance).forEach(row -> numbers.addAll(((ImportedAction) row).sources()));
    Map<String, SheetRow> existing = stored(List.copyOf(numbers));
    List<Imported> newRows = new ArrayList<>();
    for (Line line : lines) {
      String number = line.cells().get(SheetColumn.ORDER_NUMBER);
      Imported row = checked.get(number);
      if (row == null || row.line() != line) {
        continue;
      }
      SheetRow stored = existing.get(number);
      if (stored != null) {
        firstDifference(row, stored).ifPresent(column -> errors.add(lineError(line, column,
            messages.get("error.sheet.different", number, messages.get(column.headerKey())))));
      } else {
        if (row instanceof ImportedAction action) {
          checkSources(action, checked, named, existing, errors);
        }
        newRows.add(row);
      }
    }
    return newRows;
  }

  private Map<String, SheetRow> stored(List<String> numbers) {
    Map<String, SheetRow> existing = new HashMap<>();
    for (int start = 0; start < numbers.size(); start += COMPARED_AT_ONCE) {
      existing.putAll(sheetRows.byOrderNumber(numbers.subList(start, Math.min(numbers.size(), start + COMPARED_AT_ONCE))));
    }
    return existing;
  }

  /**
   * @param checked the file's lines that passed their checks, by order number
   * @param named every order number the file names: a source whose own line is wrong is refused on that line
   */
  private void checkSources(ImportedAction action, Map<String, Imported> checked, Set<String> named,
                            Map<String, SheetRow> existing, List<FieldError> errors) {
    for (String source : action.sources()) {
      Imported fromFile = checked.get(source);
      SheetRow stored = existing.get(source);
      boolean rowOfTheRegister = fromFile instanceof ImportedRow
          || (fromFile == null && stored != null && !Origin.PA.name().equals(stored.get(SheetColumn.ORIGIN)));
      boolean wrongLineOfTheFile = fromFile == null && stored == null && named.contains(source);
      String agency = LineCheck.agencyOf(source);
      if (wrongLineOfTheFile) {
        continue;
      }
      if (!rowOfTheRegister) {
        errors.add(lineError(action.line(), SheetColumn.LINKED_ROWS, messages.get("error.sheet.unknownSource", source)));
      } else if (!agency.equals(action.numbering().agency())) {
        errors.add(lineError(action.line(), SheetColumn.LINKED_ROWS,
            messages.get("error.action.otherAgency", source, agency, action.numbering().agency())));
      }
    }
  }

  /**
   * The first of the file's columns where the checked line differs from the register's row, each cell as the export
   * writes it; what the register has beyond the file's columns does not count. A link is one fact, written from the
   * action's side: an action's linked rows compare in any order; a complaint's, which the export writes for the
   * reader, are not read, so that a new action may come in for a complaint already there.
   */
  private Optional<SheetColumn> firstDifference(Imported row, SheetRow stored) {
    return row.line().cells().keySet().stream()
        .filter(column -> column != SheetColumn.LINKED_ROWS || row instanceof ImportedAction)
        .filter(column -> column == SheetColumn.LINKED_ROWS
            ? !linkedRows(row.sheet()).equals(linkedRows(stored))
            : !SheetCells.sameOrCut(text(row.sheet(), column), text(stored, column), messages))
        .findFirst();
  }

  private Set<String> linkedRows(SheetRow row) {
    return new TreeSet<>(Arrays.stream(text(row, SheetColumn.LINKED_ROWS).split(",")).map(String::strip)
        .filter(number -> !number.isEmpty()).toList());
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

  private static Set<SheetColumn> columns(List<SheetColumn> columns, Set<SheetColumn> but, SheetColumn... and) {
    Set<SheetColumn> set = EnumSet.copyOf(columns);
    set.removeAll(but);
    set.addAll(Arrays.asList(and));
    return Set.copyOf(set);
  }
}
