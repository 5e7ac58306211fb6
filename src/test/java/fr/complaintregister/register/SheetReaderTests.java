package fr.complaintregister.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.register.SheetReader.Line;
import fr.complaintregister.testing.FrenchMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An XLSX file read as the register's lines, row by row as its sheets stream by. */
class SheetReaderTests {

  private final Messages messages = FrenchMessages.messages();

  @Test
  void cellsReadAsTheirTextBelowATitleAndBesideALegendSheet() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Légende").createRow(0).createCell(0).setCellValue("FS : réclamation reçue");
      Sheet sheet = workbook.createSheet("2025");
      sheet.createRow(0).createCell(0).setCellValue("Registre des réclamations 2025");
      headers(sheet.createRow(2), SheetColumn.ANSWERED_AT_ONCE, SheetColumn.COMMERCIAL_GESTURE_AMOUNT);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Row full = sheet.createRow(3);
      full.createCell(SheetColumn.YEAR.ordinal()).setCellValue(2025);
      full.createCell(SheetColumn.RECEPTION_DATE.ordinal()).setCellValue(LocalDate.of(2025, 2, 3));
      full.getCell(SheetColumn.RECEPTION_DATE.ordinal()).setCellStyle(date);
      full.createCell(SheetColumn.ISSUER.ordinal()).setCellValue("  Jeanne Martin ");
      full.createCell(SheetColumn.ORDER_NUMBER.ordinal()).setCellValue("25.1601.001");
      full.createCell(SheetColumn.ORIGIN.ordinal()).setCellFormula("\"F\"&\"S\"");
      full.createCell(SheetColumn.SUBJECT.ordinal()).setCellValue("'=SOMME(A1)");
      full.createCell(SheetColumn.DOCUMENT_NUMBER.ordinal()).setCellErrorValue(FormulaError.DIV0.getCode());
      full.createCell(SheetColumn.HANDLER.ordinal()).setCellValue("TRUE");
      full.createCell(SheetColumn.DUE_DATE.ordinal()).setCellFormula("DATE(2025,4,4)");
      full.getCell(SheetColumn.DUE_DATE.ordinal()).setCellStyle(date);
      full.createCell(11).setCellValue(true);
      full.createCell(12).setCellValue(12.50);
      sheet.createRow(4).createCell(SheetColumn.ISSUER.ordinal()).setCellValue("   ");
      sheet.createRow(6).createCell(SheetColumn.ORDER_NUMBER.ordinal()).setCellValue("25.1601.002");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

      List<Line> lines = read(workbook);

      assertThat(lines).extracting(Line::sheet, Line::number).containsExactly(
          tuple("2025", 4), tuple("2025", 7));
      assertThat(lines.get(0).cells()).containsOnly(
          entry(SheetColumn.YEAR, "2025"), entry(SheetColumn.RECEPTION_DATE, "03/02/2025"),
          entry(SheetColumn.ISSUER, "Jeanne Martin"), entry(SheetColumn.ORDER_NUMBER, "25.1601.001"),
          entry(SheetColumn.ORIGIN, "FS"), entry(SheetColumn.SUBJECT, "=SOMME(A1)"),
          entry(SheetColumn.DOCUMENT_NUMBER, ""), entry(SheetColumn.FOLLOW_UP, ""), entry(SheetColumn.HANDLER, "TRUE"),
          entry(SheetColumn.DUE_DATE, "04/04/2025"), entry(SheetColumn.CLOSURE_DATE, ""),
          entry(SheetColumn.ANSWERED_AT_ONCE, "oui"), entry(SheetColumn.COMMERCIAL_GESTURE_AMOUNT, "12.5"));
    }
  }

  @Test
  void theStreamingWritersInlineTextsAreRead() throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Registre");
      headers(sheet.createRow(0));
      sheet.createRow(1).createCell(SheetColumn.ISSUER.ordinal()).setCellValue("Zoé Lefèvre");

      assertThat(read(workbook)).singleElement().satisfies(line -> {
        assertThat(line.number()).isEqualTo(2);
        assertThat(line.cells()).containsEntry(SheetColumn.ISSUER, "Zoé Lefèvre");
      });
    }
  }

  @Test
  void aWorkbookCountingItsDaysFrom1904GivesTheSameDates() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
      Sheet sheet = workbook.createSheet("2025");
      headers(sheet.createRow(0));
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      sheet.createRow(1).createCell(SheetColumn.RECEPTION_DATE.ordinal()).setCellValue(LocalDate.of(2025, 2, 3));
      sheet.getRow(1).getCell(SheetColumn.RECEPTION_DATE.ordinal()).setCellStyle(date);

      assertThat(read(workbook)).singleElement()
          .satisfies(line -> assertThat(line.cells()).containsEntry(SheetColumn.RECEPTION_DATE, "03/02/2025"));
    }
  }

  @Test
  void moreLinesThanTheLimitAreRefusedInFrench() throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Registre");
      headers(sheet.createRow(0));
      for (int line = 1; line <= 4; line++) {
        sheet.createRow(line).createCell(SheetColumn.ISSUER.ordinal()).setCellValue("Client " + line);
      }

      byte[] file = bytes(workbook);

      assertThatThrownBy(() -> new SheetReader(messages, 3).read(file)).isInstanceOf(InvalidInputException.class)
          .hasMessage("Le fichier compte plus de 3 lignes : découpez-le (par année, par agence) et importez chaque partie.");
    }
  }

  @Test
  void aSheetNamingOnlySomeTrackingColumnsIsRefusedByName() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Row headers = workbook.createSheet("Suivi 2024").createRow(1);
      headers.createCell(0).setCellValue(messages.get(SheetColumn.YEAR.headerKey()));
      headers.createCell(3).setCellValue(messages.get(SheetColumn.ORDER_NUMBER.headerKey()));

      assertThatThrownBy(() -> read(workbook)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("Colonnes manquantes dans la feuille « Suivi 2024 » : Date,");
    }
  }

  @Test
  void aDamagedWorkbookIsUnreadable() {
    byte[] damaged = Arrays.copyOf(new byte[] {'P', 'K', 3, 4, 20, 0}, 200);

    assertThatThrownBy(() -> new SheetReader(messages, 10).read(damaged)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le fichier n'est ni");
  }

  /** The tracking sheet's headers, then the others given, in the row's first cells. */
  private void headers(Row row, SheetColumn... others) {
    SheetColumn.TRACKING.forEach(column -> row.createCell(column.ordinal()).setCellValue(messages.get(column.headerKey())));
    for (int index = 0; index < others.length; index++) {
      row.createCell(SheetColumn.TRACKING.size() + index).setCellValue(messages.get(others[index].headerKey()));
    }
  }

  private List<Line> read(Workbook workbook) throws IOException {
    return new SheetReader(messages, RegisterImport.MAX_LINES).read(bytes(workbook));
  }

  private static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    workbook.write(file);
    return file.toByteArray();
  }
}
