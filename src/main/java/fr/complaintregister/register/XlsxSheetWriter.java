package fr.complaintregister.register;

import fr.complaintregister.complaint.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The register as an Excel workbook, written by POI's streaming writer: only a window of rows is held in memory, the
 * rest goes to a temporary file. A sheet per year, its header row frozen; dates are dates; a text that looks like a
 * formula is a text cell marked as typed after a quote, so that a spreadsheet never runs it.
 */
final class XlsxSheetWriter implements SheetWriter {

  private static final int ROWS_IN_MEMORY = 100;
  /** Widths in characters: a date, a name or code, a text. */
  private static final int NARROW = 12;
  private static final int MEDIUM = 24;
  private static final int WIDE = 50;

  private final OutputStream stream;
  private final Messages messages;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final CellStyle plain;
  private final CellStyle header;
  private final CellStyle date;
  private final CellStyle amount;
  private final CellStyle typedAsText;
  private SXSSFSheet sheet;
  private Integer sheetYear;

  XlsxSheetWriter(OutputStream stream, Messages messages) {
    this.stream = stream;
    this.messages = messages;
    workbook.setCompressTempFiles(true);
    plain = workbook.getCellStyleAt(0);
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    amount = workbook.createCellStyle();
    amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    typedAsText = workbook.createCellStyle();
    typedAsText.setQuotePrefixed(true);
  }

  @Override
  public void write(SheetRow row) {
    if (sheet == null || sheetYear != row.year()) {
      startSheet(String.valueOf(row.year()));
      sheetYear = row.year();
    }
    Row line = sheet.createRow(sheet.getLastRowNum() + 1);
    for (SheetColumn column : SheetColumn.values()) {
      Object value = row.get(column);
      if (value != null) {
        write(line.createCell(column.ordinal()), value);
      }
    }
  }

  private void write(Cell cell, Object value) {
    // A cell without a style of its own would make the streaming writer look up its column's default style, objects
    // made anew, each time a row goes out to the temporary file.
    cell.setCellStyle(plain);
    if (value instanceof LocalDate day) {
      cell.setCellValue(day);
      cell.setCellStyle(date);
    } else if (value instanceof BigDecimal euros) {
      cell.setCellValue(euros.doubleValue());
      cell.setCellStyle(amount);
    } else if (value instanceof Integer number) {
      cell.setCellValue(number);
    } else {
      String text = SheetCells.text(value, messages);
      cell.setCellValue(SheetCells.withinXlsxCell(text, messages));
      if (SheetCells.formulaLike(text)) {
        cell.setCellStyle(typedAsText);
      }
    }
  }

  private void startSheet(String name) {
    sheet = workbook.createSheet(name);
    sheet.createFreezePane(0, 1);
    Row headers = sheet.createRow(0);
    for (SheetColumn column : SheetColumn.values()) {
      Cell cell = headers.createCell(column.ordinal());
      cell.setCellValue(messages.get(column.headerKey()));
      cell.setCellStyle(header);
      sheet.setColumnWidth(column.ordinal(), 256 * width(column));
    }
  }

  private static int width(SheetColumn column) {
    return switch (column.kind) {
      case DATE, NUMBER, AMOUNT, FLAG -> NARROW;
      case TEXT -> switch (column) {
        case SUBJECT, FOLLOW_UP, ANSWER_TEXT, RECOURSE_OPTIONS, DYSFUNCTIONS, PUBLIC_REPLY_TEXT, WITHDRAWAL_REASON,
             CLIENT_ADDRESS -> WIDE;
        default -> MEDIUM;
      };
    };
  }

  @Override
  public void finish() throws IOException {
    if (sheet == null) {
      startSheet(messages.get("sheet.emptySheet"));
    }
    try {
      workbook.write(stream);
      stream.flush();
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }
}
