package fr.complaintregister.register;

import fr.complaintregister.complaint.CsvText;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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

  /**
   * Reads the workbook as its sheets' XML streams by, a row at a time, so that memory holds the lines kept rather than
   * the whole workbook; a sheet's rows are held only until its header is found.
   */
  private List<Line> xlsx(byte[] file) {
    Path copy = null;
    try {
      // Opened from a file, POI inflates each part as it is parsed; from memory, it would inflate every part whole
      // first, and refuse one over 100 MB (the sheet of a file well within the upload limit) as unreadable.
      copy = Files.createTempFile("register-import", ".xlsx");
      Files.write(copy, file);
      try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
        XSSFReader parts = new XSSFReader(workbook);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        StylesTable styles = parts.getStylesTable();
        CellNumbers numbers = new CellNumbers(date1904(parts));
        List<Line> lines = new ArrayList<>();
        XSSFReader.SheetIterator sheets = parts.getSheetIterator();
        while (sheets.hasNext()) {
          try (InputStream sheet = sheets.next()) {
            SheetRows rows = new SheetRows(sheets.getSheetName(), lines);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(rows.handler(styles, strings, numbers));
            parser.parse(new InputSource(sheet));
            rows.endOfSheet();
          }
        }
        return lines;
      }
    } catch (IOException | OpenXML4JException | SAXException | XmlException | ParserConfigurationException
             | RuntimeException unreadable) {
      if (unreadable instanceof InvalidInputException refused) {
        throw refused;
      }
      throw invalid(messages.get("error.sheet.unreadable"));
    } finally {
      deleteQuietly(copy);
    }
  }

  private static boolean date1904(XSSFReader parts) throws IOException, OpenXML4JException, XmlException {
    try (InputStream workbook = parts.getWorkbookData()) {
      // POI's options, which refuse a document type declaration, as POI itself reads the part.
      CTWorkbookPr properties = WorkbookDocument.Factory.parse(workbook, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
          .getWorkbook().getWorkbookPr();
      return properties != null && properties.getDate1904();
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.delete(file);
      }
    } catch (IOException leftInTemp) {
      // The system's temporary directory is cleared in time.
    }
  }

  /**
   * One sheet's rows as POI's streaming parser reports them: the first ones are held until the header is found among
   * them, the later ones become lines at once.
   */
  private final class SheetRows implements SheetContentsHandler {

    private final String sheet;
    private final List<Line> lines;
    private final List<Numbered> firstRows = new ArrayList<>();
    /** The register's column under each header, by position, once the header is found; none in a sheet left aside. */
    private Map<Integer, SheetColumn> columns;
    private List<String> cells;
    /** The type of the cell being read, as its XML names it ({@code b} for a boolean, {@code e} for an error). */
    private String cellType;

    SheetRows(String sheet, List<Line> lines) {
      this.sheet = sheet;
      this.lines = lines;
    }

    /** The parser's handler, which tells this each cell's type before its value. */
    XSSFSheetXMLHandler handler(StylesTable styles, SharedStrings strings, CellNumbers numbers) {
      return new XSSFSheetXMLHandler(styles, strings, this, numbers, false) {
        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
          if ("c".equals(localName)) {
            cellType = attributes.getValue("t");
          }
          super.startElement(uri, localName, name, attributes);
        }
      };
    }

    @Override
    public void startRow(int index) {
      cells = new ArrayList<>();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(text(value).strip());
    }

    private String text(String value) {
      if (value == null || "e".equals(cellType)) {
        return "";
      }
      return "b".equals(cellType) ? messages.get("TRUE".equals(value) ? "sheet.yes" : "sheet.no") : value;
    }

    @Override
    public void endRow(int index) {
      Numbered row = new Numbered(index + 1, cells);
      if (columns == null) {
        firstRows.add(row);
        if (firstRows.size() == HEADER_SEARCH_ROWS) {
          findHeader();
        }
      } else if (!columns.isEmpty()) {
        addLine(row);
      }
    }

    void endOfSheet() {
      if (columns == null) {
        findHeader();
      }
    }

    private void findHeader() {
      Optional<Header> header = header(firstRows, sheet);
      columns = header.map(Header::columns).orElse(Map.of());
      header.ifPresent(found -> firstRows.subList(found.position() + 1, firstRows.size()).forEach(this::addLine));
      firstRows.clear();
    }

    private void addLine(Numbered row) {
      add(lines, new Line(sheet, row.number(), cells(columns, row.cells())));
    }
  }

  /** A number as text: a date as dd/MM/yyyy, any other without a needless decimal point. */
  private static final class CellNumbers extends DataFormatter {

    /** Whether the workbook counts its days from 1904, as old Mac workbooks do, rather than 1900. */
    private final boolean date1904;

    CellNumbers(boolean date1904) {
      this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)
          ? DateUtil.getLocalDateTime(value, date1904).toLocalDate().format(FrenchDate.FORMAT)
          : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
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
