package fr.complaintregister.register;

import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    List<Line> lines = startsWith(file, ZIP) ? xlsx(file) : csv(file);
    if (lines.isEmpty()) {
      throw invalid(messages.get("error.sheet.empty"));
    }
    return lines;
  }

  private List<Line> csv(byte[] file) {
    String text = utf8(file);
    if (text.startsWith(String.valueOf(CsvSheetWriter.BOM))) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(CsvSheetWriter.SEPARATOR).get();
    List<Line> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return lines;
      }
      Map<Integer, SheetColumn> columns = columns(records.next().toList());
      long previousEnd = parser.getCurrentLineNumber();
      while (records.hasNext()) {
        List<String> values = records.next().toList();
        // A record starts on the line after the one the previous record ended on: a quoted text may span lines.
        int number = (int) previousEnd + 1;
        previousEnd = parser.getCurrentLineNumber();
        Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
        columns.forEach((index, column) -> cells.put(column,
            index < values.size() ? SheetCells.restored(values.get(index).strip()) : ""));
        add(lines, new Line(null, number, cells));
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException unreadable) {
      throw invalid(messages.get("error.sheet.unreadable"));
    }
    return lines;
  }

  private List<Line> xlsx(byte[] file) {
    List<Line> lines = new ArrayList<>();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
      for (Sheet sheet : workbook) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
          continue;
        }
        List<String> headers = new ArrayList<>();
        for (int index = 0; index < header.getLastCellNum(); index++) {
          headers.add(text(header.getCell(index)));
        }
        Map<Integer, SheetColumn> columns = columns(headers);
        for (Row row : sheet) {
          if (row.getRowNum() > header.getRowNum()) {
            Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
            columns.forEach((index, column) -> cells.put(column, text(row.getCell(index)).strip()));
            add(lines, new Line(sheet.getSheetName(), row.getRowNum() + 1, cells));
          }
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof InvalidInputException refused) {
        throw refused;
      }
      throw invalid(messages.get("error.sheet.unreadable"));
    }
    return lines;
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

  /** The register's column under each header of the file, by its position. */
  private Map<Integer, SheetColumn> columns(List<String> headers) {
    Map<Integer, SheetColumn> columns = new HashMap<>();
    for (int index = 0; index < headers.size(); index++) {
      SheetColumn column = byHeader.get(key(headers.get(index)));
      if (column != null && columns.containsValue(column)) {
        throw invalid(messages.get("error.sheet.repeatedColumn", headers.get(index).strip()));
      }
      if (column != null) {
        columns.put(index, column);
      }
    }
    List<String> missing = SheetColumn.TRACKING.stream().filter(column -> !columns.containsValue(column))
        .map(column -> messages.get(column.headerKey())).toList();
    if (!missing.isEmpty()) {
      throw invalid(messages.get("error.sheet.columns", String.join(", ", missing)));
    }
    return columns;
  }

  private static String key(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private String utf8(byte[] file) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file)).toString();
    } catch (CharacterCodingException notUtf8) {
      throw invalid(messages.get("error.import.encoding"));
    }
  }

  private static boolean startsWith(byte[] file, byte[] prefix) {
    return file.length >= prefix.length && Arrays.equals(Arrays.copyOf(file, prefix.length), prefix);
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(List.of(new FieldError("file", message)));
  }
}
