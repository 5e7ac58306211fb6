package fr.complaintregister.register;

import fr.complaintregister.complaint.CsvText;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a spreadsheet of the register, XLSX or CSV as its content shows, into its lines' cells as text, each column
 * known by its French header. The tracking sheet's eleven columns are required, the others optional; a column the
 * register does not know is left aside.
 */
final class SheetReader {

  /** How an XLSX file starts: it is a ZIP archive. */
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  /** How an Excel 97-2003 workbook (.xls) starts, which is read neither as XLSX nor as CSV. */
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  /** How many rows may stand above the header, such as the reference sheet's title. */
  private static final int HEADER_SEARCH_ROWS = 10;

  private final Messages messages;
  private final int maxLines;
  private final Map<String, SheetColumn> byHeader = new HashMap<>();

  SheetReader(Messages messages, int maxLines) {
    this.messages = messages;
    this.maxLines = maxLines;
    Arrays.stream(SheetColumn.values()).forEach(column -> byHeader.put(key(messages.get(column.headerKey())), column));
  }

  /**
   * A line of the file: its sheet (null in a CSV), its number (the header is line 1), its cells, and the columns the
   * file has.
   */
  record Line(String sheet, int number, Map<SheetColumn, String> cells) {
  }

  /** @throws InvalidInputException for a file that cannot be read, lacks a tracking column, or has too many lines */
  List<Line> read(byte[] file) {
    if (startsWith(file, OLE2)) {
      throw invalid(messages.get("error.sheet.xls"));
    }
    List<Line> lines = startsWith(file, ZIP) ? xlsx(file) : csv(file);
    if (lines.isEmpty()) {
      throw invalid(messages.get("error.sheet.empty"));
    }
    return lines;
  }

  private List<Line> csv(byte[] file) {
    String text = CsvText.of(file, messages);
    // Blank lines are read as records, so that every record's line is counted; add() leaves them aside.
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(CsvSheetWriter.SEPARATOR).setIgnoreEmptyLines(false).get();
    List<Numbered> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      long previousEnd = 0;
      for (CSVRecord record : parser) {
        // A record starts on the line after the one the previous record ended on: a quoted text may span lines.
        records.add(new Numbered((int) previousEnd + 1, record.toList()));
        previousEnd = parser.getCurrentLineNumber();
        if (records.size() > maxLines + HEADER_SEARCH_ROWS) {
          throw invalid(messages.get("error.sheet.tooManyLines", maxLines));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException unreadable) {
      throw invalid(messages.get("error.sheet.unreadable"));
    }
    List<Line> lines = new ArrayList<>();
    header(records, null).ifPresent(header -> records.subList(header.position() + 1, records.size())
        .forEach(record -> add(lines, new Line(null, record.number(), cells(header.columns(), record.cells())))));
    return lines;
  }

  private List<Line> xlsx(byte[] file) {
    List<Line> lines = new ArrayList<>();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
      for (Sheet sheet : workbook) {
        List<Numbered> rows = new ArrayList<>();
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (int index = 0; index < row.getLastCellNum(); index++) {
            cells.add(text(row.getCell(index)).strip());
          }
          rows.add(new Numbered(row.getRowNum() + 1, cells));
        }
        header(rows, sheet.getSheetName()).ifPresent(header -> rows.subList(header.position() + 1, rows.size())
            .forEach(row -> add(lines, new Line(sheet.getSheetName(), row.number(), cells(header.columns(), row.cells())))));
      }
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof InvalidInputException refused) {
        throw refused;
      }
      throw invalid(messages.get("error.sheet.unreadable"));
    }
    return lines;
  }

  /** A row of the file, by its line number (1 for the first), with its cells as text. */
  private record Numbered(int number, List<String> cells) {
  }

  /** The header row, by its position among the rows, and the register's column under each of its headers. */
  private record Header(int position, Map<Integer, SheetColumn> columns) {
  }

  /**
   * The header among the first rows: a title may stand above it, as in the reference tracking sheet. A sheet that
   * names none of the tracking columns (a legend, a list of values) is left aside; one that names some but not all
   * is refused, by name.
   */
  private Optional<Header> header(List<Numbered> rows, String sheet) {
    Header best = null;
    for (int position = 0; position < Math.min(rows.size(), HEADER_SEARCH_ROWS); position++) {
      Map<Integer, SheetColumn> columns = columns(rows.get(position).cells());
      if (columns.values().containsAll(SheetColumn.TRACKING)) {
        return Optional.of(new Header(position, columns));
      }
      if (best == null || trackingCount(columns) > trackingCount(best.columns())) {
        best = new Header(position, columns);
      }
    }
    if (best == null || trackingCount(best.columns()) == 0) {
      return Optional.empty();
    }
    Map<Integer, SheetColumn> found = best.columns();
    String missing = String.join(", ", SheetColumn.TRACKING.stream().filter(column -> !found.containsValue(column))
        .map(column -> messages.get(column.headerKey())).toList());
    throw invalid(sheet == null ? messages.get("error.sheet.columns", missing)
        : messages.get("error.sheet.columnsOfSheet", sheet, missing));
  }

  private static long trackingCount(Map<Integer, SheetColumn> columns) {
    return columns.values().stream().filter(SheetColumn.TRACKING::contains).count();
  }

  private static Map<SheetColumn, String> cells(Map<Integer, SheetColumn> columns, List<String> values) {
    Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
    columns.forEach((index, column) -> cells.put(column,
        index < values.size() ? SheetCells.restored(values.get(index).strip()) : ""));
    return cells;
  }

  /** Keeps a line unless all its cells are blank (a spreadsheet's empty rows). */
  private void add(List<Line> lines, Line line) {
    if (line.cells().values().stream().allMatch(String::isBlank)) {
      return;
    }
    if (lines.size() == maxLines) {
      throw invalid(messages.get("error.sheet.tooManyLines", maxLines));
    }
    lines.add(line);
  }

  /** A cell as its text: a date cell as dd/MM/yyyy, a number without a needless decimal point. */
  private String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate().format(FrenchDate.FORMAT)
          : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> messages.get(cell.getBooleanCellValue() ? "sheet.yes" : "sheet.no");
      default -> "";
    };
  }

  /**
   * The register's column under each header of a row, by its position. A header may go on after the register's
   * name for it, as the reference sheet's do ("Numéro d'ordre aa.n°agence.n° d'ordre (ex : 12.1601.001)"): the
   * longest name it starts with is its column.
   */
  private Map<Integer, SheetColumn> columns(List<String> headers) {
    Map<Integer, SheetColumn> columns = new HashMap<>();
    for (int index = 0; index < headers.size(); index++) {
      SheetColumn column = column(key(headers.get(index)));
      if (column != null && columns.containsValue(column)) {
        throw invalid(messages.get("error.sheet.repeatedColumn", headers.get(index).strip()));
      }
      if (column != null) {
        columns.put(index, column);
      }
    }
    return columns;
  }

  private SheetColumn column(String header) {
    return byHeader.entrySet().stream()
        .filter(known -> header.equals(known.getKey()) || header.startsWith(known.getKey() + " ")
            || header.startsWith(known.getKey() + "("))
        .max(Comparator.comparingInt(known -> known.getKey().length()))
        .map(Map.Entry::getValue).orElse(null);
  }

  private static String key(String header) {
    return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('’', '\'');
  }


  private static boolean startsWith(byte[] file, byte[] prefix) {
    return file.length >= prefix.length && Arrays.equals(Arrays.copyOf(file, prefix.length), prefix);
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(List.of(new FieldError("file", message)));
  }
}
