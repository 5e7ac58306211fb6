package fr.complaintregister.register;

import fr.complaintregister.complaint.ControlCharacters;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.OrderNumbers;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.SubmittedFields;
import fr.complaintregister.register.RegisterImport.Note;
import fr.complaintregister.register.SheetReader.Line;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of one line of an imported sheet, cell by cell, by the register's rules: a wrong cell is an error naming
 * its column; a right one is kept as the register exports it, so that a row already in the register compares.
 */
final class LineCheck {

  private static final Pattern ORDER_NUMBER = Pattern.compile("\\d{2}\\.([A-Za-z0-9]{1,10})\\.(\\d{3,9})");
  /** A line of the "Suivi" column as the export writes it: 31/01/2026 (bruno) : Appelé la cliente. */
  private static final Pattern FOLLOW_UP_LINE = Pattern.compile("(\\d{2}/\\d{2}/\\d{4}) \\(([^()]{1,100})\\) : (.*)");
  private static final String IMPORT_AUTHOR = "import";
  /** The dates a register row may hold: a wider year is a typing error, which Java or the database would refuse. */
  private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);
  /** An order number's year has two digits: a reception date a century back could not be told from this one's. */
  private static final int MAX_YEARS_BACK = 99;

  private final Line line;
  private final Messages messages;
  private final Clock clock;
  private final SubmittedFields fields;
  private final List<FieldError> errors = new ArrayList<>();
  private final Map<SheetColumn, Object> values = new EnumMap<>(SheetColumn.class);

  LineCheck(Line line, Messages messages, Clock clock) {
    this.line = line;
    this.messages = messages;
    this.clock = clock;
    Map<String, Object> submitted = new HashMap<>();
    line.cells().forEach((column, text) -> submitted.put(column.field(), text.isEmpty() ? null : text));
    this.fields = new SubmittedFields(submitted, messages);
  }

  /** Where a row stands in the register: its agency, its number in the agency's year, its date. */
  record Numbering(String agency, int sequence, LocalDate date) {
  }

  Line line() {
    return line;
  }

  Origin origin() {
    Origin origin = fields.requiredChoice(SheetColumn.ORIGIN.field(), SubmittedFields.constantOf(Origin.class));
    put(SheetColumn.ORIGIN, origin == null ? null : origin.name());
    return origin;
  }

  /**
   * The order number as the register writes it, with the year of the row's date (received, or decided); its agency
   * that of the row, one the importer may record in, else the refusal {@code refusalIn} gives.
   *
   * @return null when any of them is wrong
   */
  Numbering numbering(Function<String, Optional<String>> refusalIn) {
    String orderNumber = text(SheetColumn.ORDER_NUMBER, 32, true);
    LocalDate date = date(SheetColumn.RECEPTION_DATE, true);
    LocalDate today = LocalDate.now(clock);
    if (date != null && date.isAfter(today)) {
      reject(SheetColumn.RECEPTION_DATE, "error.sheet.future");
    } else if (date != null && date.isBefore(today.minusYears(MAX_YEARS_BACK))) {
      reject(SheetColumn.RECEPTION_DATE, "error.sheet.tooOld", MAX_YEARS_BACK);
    }
    Integer year = wholeNumber(SheetColumn.YEAR, 1, 9999);
    if (date != null) {
      if (year != null && year != date.getYear()) {
        reject(SheetColumn.YEAR, "error.sheet.year", date.getYear());
      }
      values.put(SheetColumn.YEAR, date.getYear());
    }
    Matcher number = orderNumber == null ? null : ORDER_NUMBER.matcher(orderNumber);
    if (number == null) {
      return null;
    }
    if (!number.matches()) {
      reject(SheetColumn.ORDER_NUMBER, "error.sheet.orderNumber", orderNumber);
      return null;
    }
    String agency = number.group(1);
    int sequence = Integer.parseInt(number.group(2));
    String named = emptyToNull(line.cells().get(SheetColumn.AGENCY));
    if (named != null && !named.equals(agency)) {
      reject(SheetColumn.AGENCY, "error.sheet.orderNumberAgency", agency);
    }
    values.put(SheetColumn.AGENCY, agency);
    refusalIn.apply(agency).ifPresent(refusal -> errors.add(new FieldError(SheetColumn.ORDER_NUMBER.field(), refusal)));
    if (date == null) {
      return null;
    }
    String expected = OrderNumbers.format(date.getYear(), agency, sequence);
    if (!expected.equals(orderNumber)) {
      reject(SheetColumn.ORDER_NUMBER, "error.sheet.orderNumberYear", expected);
    }
    return new Numbering(agency, sequence, date);
  }

  /** The columns a row of this origin does not have must be empty: the register would lose what they hold. */
  void emptyOutside(Set<SheetColumn> columnsOfTheRow, Origin origin) {
    line.cells().forEach((column, text) -> {
      if (!text.isEmpty() && !columnsOfTheRow.contains(column)) {
        reject(column, "error.sheet.notForOrigin", origin.name());
      }
    });
  }

  /**
   * The status as the file says, by its French label or its code; else as the closure date shows. A status and a
   * closure date must agree.
   */
  <E extends Enum<E>> E status(Set<E> statuses, String labelPrefix, Set<E> closedOnes, LocalDate closureDate,
                               E closedOne, E openOne) {
    E status = choice(SheetColumn.STATUS, labelled(statuses, labelPrefix));
    if (status == null && emptyToNull(line.cells().get(SheetColumn.STATUS)) == null) {
      status = closureDate != null ? closedOne : openOne;
    } else if (status != null && closedOnes.contains(status) != (closureDate != null)) {
      reject(SheetColumn.CLOSURE_DATE, closureDate == null ? "error.sheet.closedWithoutDate" : "error.sheet.openWithDate");
    }
    if (status != null) {
      values.put(SheetColumn.STATUS, messages.get(labelPrefix + status.name()));
    }
    return status;
  }

  /**
   * The "Suivi" cell's lines; a line not shaped as the export writes them continues the note above it.
   *
   * @param maxNoteLength the size of a note in the row's log
   */
  List<Note> notes(LocalDate rowDate, int maxNoteLength) {
    String cell = line.cells().getOrDefault(SheetColumn.FOLLOW_UP, "");
    List<Note> notes = new ArrayList<>();
    if (cell.isBlank()) {
      return notes;
    }
    if (ControlCharacters.foundIn(cell)) {
      reject(SheetColumn.FOLLOW_UP, "error.controlCharacter");
      return notes;
    }
    for (String text : cell.split("\\R", -1)) {
      Matcher shaped = FOLLOW_UP_LINE.matcher(text);
      Optional<LocalDate> date = shaped.matches() ? frenchDate(shaped.group(1)) : Optional.empty();
      if (date.isPresent()) {
        notes.add(new Note(date.get(), shaped.group(2), shaped.group(3)));
      } else if (notes.isEmpty()) {
        notes.add(new Note(rowDate == null ? LocalDate.now(clock) : rowDate, IMPORT_AUTHOR, text));
      } else {
        Note previous = notes.remove(notes.size() - 1);
        notes.add(new Note(previous.date(), previous.author(), previous.text() + "\n" + text));
      }
    }
    if (notes.stream().anyMatch(note -> note.text().length() > maxNoteLength || note.author().length() > 100)) {
      reject(SheetColumn.FOLLOW_UP, "error.sheet.followUpTooLong", String.valueOf(maxNoteLength));
    }
    values.put(SheetColumn.FOLLOW_UP, String.join("\n", notes.stream().map(note -> messages.get("sheet.followUpLine",
        note.date().format(FrenchDate.FORMAT), note.author(), note.text())).toList()));
    return notes;
  }

  /** The order numbers a cell lists, separated by commas, as the export writes the linked rows. */
  List<String> orderNumbers(SheetColumn column) {
    String cell = line.cells().getOrDefault(column, "");
    List<String> numbers = Arrays.stream(cell.split(",")).map(String::strip).filter(number -> !number.isEmpty())
        .distinct().toList();
    numbers.stream().filter(number -> !ORDER_NUMBER.matcher(number).matches()).findFirst()
        .ifPresent(wrong -> reject(column, "error.sheet.orderNumber", wrong));
    put(column, emptyToNull(String.join(", ", numbers)));
    return numbers;
  }

  String text(SheetColumn column, int maxLength, boolean required) {
    String text = required ? fields.requiredText(column.field(), maxLength) : fields.optionalText(column.field(), maxLength);
    put(column, text);
    return text;
  }

  LocalDate date(SheetColumn column, boolean required) {
    LocalDate date = fields.optionalDate(column.field());
    if (required && date == null && line.cells().getOrDefault(column, "").isEmpty()) {
      reject(column, "error.required");
    }
    if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
      reject(column, "error.sheet.dateOutOfRange", String.valueOf(FIRST_DATE.getYear()),
          String.valueOf(LAST_DATE.getYear()));
      return null;
    }
    put(column, date);
    return date;
  }

  Integer wholeNumber(SheetColumn column, int min, int max) {
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
  void amount(SheetColumn column) {
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

  void flag(SheetColumn column) {
    String text = line.cells().getOrDefault(column, "");
    boolean yes = text.equalsIgnoreCase(messages.get("sheet.yes"));
    if (!text.isEmpty() && !yes && !text.equalsIgnoreCase(messages.get("sheet.no"))) {
      reject(column, "error.unknownValue", text);
    }
    values.put(column, yes);
  }

  <T> T choice(SheetColumn column, Function<String, Optional<T>> parser) {
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
  <E extends Enum<E>> Function<String, Optional<E>> labelled(Collection<E> constants, String labelPrefix) {
    return text -> constants.stream().filter(constant -> constant.name().equals(text)
        || messages.get(labelPrefix + constant.name()).toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The cell as the file has it, or null when empty. */
  String cell(SheetColumn column) {
    return emptyToNull(line.cells().get(column));
  }

  /** Keeps a value the register computes or defaults where the file has none. */
  void putIfAbsent(SheetColumn column, Object value) {
    values.putIfAbsent(column, value);
  }

  void put(SheetColumn column, Object value) {
    if (value != null) {
      values.put(column, value);
    }
  }

  Object value(SheetColumn column) {
    return values.get(column);
  }

  void reject(SheetColumn column, String key, Object... arguments) {
    Object[] withLabel = new Object[arguments.length + 1];
    withLabel[0] = messages.get(column.headerKey());
    System.arraycopy(arguments, 0, withLabel, 1, arguments.length);
    errors.add(new FieldError(column.field(), messages.get(key, withLabel)));
  }

  /** The line's errors, by column and message: the cells' formats first, then the register's rules. */
  List<CellError> errors() {
    List<FieldError> all = new ArrayList<>();
    try {
      fields.throwIfInvalid();
    } catch (InvalidInputException wrong) {
      all.addAll(wrong.errors());
    }
    all.addAll(errors);
    return all.stream().map(error -> new CellError(SheetColumn.valueOf(error.field().substring("sheet.".length())),
        error.message())).toList();
  }

  record CellError(SheetColumn column, String message) {
  }

  /** The checked cells, as the register exports them. */
  SheetRow sheetRow() {
    return new SheetRow(values);
  }

  private Optional<LocalDate> frenchDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text, FrenchDate.FORMAT));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  /** The agency of a well-formed order number. */
  static String agencyOf(String orderNumber) {
    Matcher number = ORDER_NUMBER.matcher(orderNumber);
    if (!number.matches()) {
      throw new IllegalArgumentException("Not an order number: " + orderNumber);
    }
    return number.group(1);
  }

  static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
