package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quality manager takes the register out as a spreadsheet and brings last year's sheet in, from the register page. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class RegisterSheetJourneyTests extends ComplaintTestSupport {

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<String> TRACKING_COLUMNS = List.of("Année", "Date", "NOM Prénom Emetteur", "Numéro d'ordre",
      "Origine", "Objet", "Justificatif n°", "Suivi", "Nom de la personne chargée du dossier", "Date d'échéance",
      "Date de clôture");
  private static final By AGENCY_FILTER = By.cssSelector("#filters input[name=agency]");
  private static final By SEARCH = By.cssSelector("#filters button[type=submit]");
  private static final By XLSX = By.linkText("tableau de suivi (XLSX)");
  private static final By IMPORT = By.id("import");
  private static final By FILE = By.cssSelector("#import input[type=file]");
  private static final By IMPORT_BUTTON = By.xpath("//section[@id='import']//button[normalize-space()='Importer']");
  private static final By ROWS = By.id("rows");

  @LocalServerPort int port;
  @TempDir Path files;

  @Test
  void theQualityManagerDownloadsTheTrackingSheetAndLoadsLastYearsSheet() throws IOException {
    String agency = newAgency();
    String recorded = receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey();
    LocalDate lastYear = LocalDate.now(PARIS).minusYears(1).withMonth(3).withDayOfMonth(15);
    String imported = String.format("%02d.%s.004", lastYear.getYear() % 100, agency);
    String action = String.format("%02d.%s.005", lastYear.getYear() % 100, agency);
    Path sheet = files.resolve("suivi-" + lastYear.getYear() + ".csv");
    Files.writeString(sheet, String.join(";", TRACKING_COLUMNS) + "\r\n"
        + lastYear.getYear() + ";" + lastYear.format(FRENCH) + ";Paul Durand;" + imported + ";FS;Facture en double;F-12;"
        + lastYear.format(FRENCH) + " (bruno) : Client rappelé;bruno;" + lastYear.plusMonths(2).format(FRENCH) + ";"
        + lastYear.plusDays(20).format(FRENCH) + "\r\n"
        + lastYear.getYear() + ";" + lastYear.format(FRENCH) + ";Marie Durand;" + action + ";PA;Former l'accueil;;"
        + lastYear.format(FRENCH) + " (quentin) : Formation prévue;Bruno Lefèvre;" + lastYear.plusMonths(1).format(FRENCH)
        + ";\r\n", StandardCharsets.UTF_8);

    try (Browser quentin = Browser.open(port, "12-tracking-sheet")) {
      quentin.logIn("tasklist", "quentin");
      quentin.go("/registre/");
      quentin.type(AGENCY_FILTER, agency);
      quentin.click(SEARCH);
      quentin.waitForText(recorded);
      assertThat(sheetRows(quentin.download(XLSX))).satisfies(rows -> {
        assertThat(rows.get(0).subList(0, TRACKING_COLUMNS.size())).isEqualTo(TRACKING_COLUMNS);
        assertThat(rows).extracting(row -> row.get(3)).contains(recorded);
      });

      quentin.attach(FILE, sheet);
      quentin.click(IMPORT_BUTTON);
      quentin.waitForText("2 lignes importées.");
      quentin.waitForText(imported);
      assertThat(quentin.text(ROWS)).contains("Paul Durand", "Facture en double", action, "Former l'accueil");
      quentin.screenshot("last-years-sheet-imported");

      quentin.go("/registre/action.html?n=" + action);
      quentin.waitForText("Personne chargée de l'action");
      assertThat(quentin.text(By.tagName("main"))).as("the note on its own day, not the import's")
          .contains("Bruno Lefèvre", lastYear.format(FRENCH) + " (quentin) : Formation prévue");
      quentin.screenshot("imported-action");
    }
    assertThat(register.get(imported).closureDate()).isEqualTo(lastYear.plusDays(20));
  }

  @Test
  void theAuditorTakesTheSheetOutButBringsNothingIn() {
    try (Browser audrey = Browser.open(port, "12-tracking-sheet-auditor")) {
      audrey.logIn("tasklist", "audrey");
      audrey.go("/registre/");
      audrey.find(XLSX);
      assertThat(audrey.find(By.tagName("main")).findElement(IMPORT).isDisplayed()).isFalse();
      audrey.screenshot("downloads-only");
    }
  }

  /** The first sheet's cells as text, row by row. */
  private static List<List<String>> sheetRows(byte[] workbook) throws IOException {
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = read.getSheetAt(read.getNumberOfSheets() - 1);
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.toString()));
        rows.add(cells);
      }
      return rows;
    }
  }
}
