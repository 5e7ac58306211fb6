package fr.complaintregister.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.testing.ApiAnswers;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.Uploads;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The register taken out as the tracking sheet (XLSX, CSV) and brought back in: a round trip gives the same register,
 * last year's sheet kept by hand loads, a wrong line loads nothing.
 */
class RegisterSheetTests extends ComplaintTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String LEGACY_HEADER = "Année;Date;NOM Prénom Emetteur;Numéro d'ordre;Origine;Objet;"
      + "Justificatif n°;Suivi;Nom de la personne chargée du dossier;Date d'échéance;Date de clôture\r\n";

  @Autowired TestRestTemplate http;

  @Test
  void aCsvExportImportsBackIntoAFreshAgencyAsTheSameRowsAndNotes() {
    String agency = newAgency();
    List<String> recorded = recordSomeComplaints(agency, LocalDate.now(PARIS));
    String fresh = newAgency();

    String exported = csv(export("quentin", "csv", agency));
    ResponseEntity<Map<String, Object>> imported = importFile("quentin", exported.replace(agency, fresh), "registre.csv");

    assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("imported", 2).containsEntry("skipped", 0);
    assertThat(csv(export("quentin", "csv", fresh))).isEqualTo(exported.replace(agency, fresh));
    String copy = recorded.get(0).replace(agency, fresh);
    assertThat(register.get(copy).processInstanceId()).as("a register row only").isNull();
    assertThat(followUps.of(copy)).extracting(FollowUp::author)
        .isEqualTo(followUps.of(recorded.get(0)).stream().map(FollowUp::author).toList());
  }

  @Test
  void anXlsxExportImportsBackWithASheetPerYearDatesAsDatesAndAFrozenHeader() throws IOException {
    String agency = newAgency();
    recordSomeComplaints(agency, LocalDate.now(PARIS));
    String lastYear = receivedOn(agency, LocalDate.now(PARIS).minusYears(1).toString()).getBusinessKey();
    String fresh = newAgency();

    byte[] exported = export("audrey", "xlsx", agency);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
      int year = LocalDate.now(PARIS).getYear();
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(String.valueOf(year - 1));
      assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo(String.valueOf(year));
      Sheet sheet = workbook.getSheetAt(1);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(cellTexts(sheet.getRow(0)).subList(0, 11)).containsExactly("Année", "Date", "NOM Prénom Emetteur",
          "Numéro d'ordre", "Origine", "Objet", "Justificatif n°", "Suivi", "Nom de la personne chargée du dossier",
          "Date d'échéance", "Date de clôture");
      Cell date = sheet.getRow(1).getCell(1);
      assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
      Cell formulaLike = sheet.getRow(1).getCell(5);
      assertThat(formulaLike.getCellType()).as("a text, never a formula").isEqualTo(CellType.STRING);
      assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\";\"Cliquez\")");
      assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(7).getStringCellValue())
          .startsWith(LocalDate.now(PARIS).format(FRENCH) + " (alice) : ");
    }
    ResponseEntity<Map<String, Object>> imported = importFile("quentin", replaced(exported, agency, fresh), "registre.xlsx");

    assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("imported", 3);
    assertThat(allCellTexts(export("quentin", "xlsx", fresh))).isEqualTo(allCellTexts(replaced(exported, agency, fresh)));
    assertThat(register.get(lastYear.replace(agency, fresh)).receptionDate()).isEqualTo(LocalDate.now(PARIS).minusYears(1));
  }

  @Test
  void formulaCellsAreNeutralisedInTheCsvAndRestoredOnImport() {
    String agency = newAgency();
    String complaint = recordSomeComplaints(agency, LocalDate.now(PARIS)).get(0);
    String fresh = newAgency();

    String exported = csv(export("quentin", "csv", agency));
    importFile("quentin", exported.replace(agency, fresh), "registre.csv");

    assertThat(exported).contains(";\"'=HYPERLINK(\"\"http://example.com\"\";\"\"Cliquez\"\")\";").contains(";'-42;");
    RegisterEntry copy = register.get(complaint.replace(agency, fresh));
    assertThat(copy.subject()).isEqualTo("=HYPERLINK(\"http://example.com\";\"Cliquez\")");
    assertThat(copy.documentNumber()).isEqualTo("-42");
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    String agency = newAgency();
    String complaint = recordSomeComplaints(agency, LocalDate.now(PARIS)).get(0);
    String file = csv(export("quentin", "csv", agency));

    ResponseEntity<Map<String, Object>> again = importFile("quentin", file, "registre.csv");

    assertThat(again.getStatusCode()).as("%s", again.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("imported", 0).containsEntry("skipped", 2);
    assertThat(followUps.of(complaint)).as("recorded, acknowledged, and their letters").hasSize(4);
    ResponseEntity<Map<String, Object>> changed = importFile("quentin", file.replace("Jeanne Dupont", "Jeanne Durand"),
        "registre.csv");
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ApiAnswers.errors(changed)).extracting(error -> error.get("message")).first().asString()
        .startsWith("Ligne 2 : le numéro d'ordre " + complaint + " est déjà au registre avec une autre valeur en « NOM Prénom Emetteur »");

    String newLine = file.lines().skip(1).findFirst().orElseThrow().replace(complaint.substring(0, complaint.length() - 3)
        + "001", complaint.substring(0, complaint.length() - 3) + "050");
    ResponseEntity<Map<String, Object>> newAndChanged = importFile("quentin", file.replace("Jeanne Dupont",
        "Jeanne Durand") + newLine + "\r\n", "registre.csv");
    assertThat(newAndChanged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey())
        .as("a refused file raised no counter").endsWith(".003");
  }

  @Test
  void aLegacyTrackingSheetImportsItsNotesAndRaisesTheCounter() {
    String agency = newAgency();
    LocalDate day = LocalDate.now(PARIS).withDayOfMonth(1);
    String yy = String.valueOf(day.getYear() % 100);
    String sheet = LEGACY_HEADER
        + day.getYear() + ";" + day.format(FRENCH) + ";Paul Martin;" + yy + "." + agency + ".006;FS;Heures non faites;;"
        + "\"" + day.format(FRENCH) + " (bruno) : Appelé le client\n" + day.format(FRENCH) + " (sophie) : Réponse envoyée\";"
        + "bruno;" + day.plusMonths(2).format(FRENCH) + ";" + day.format(FRENCH) + "\r\n"
        + day.getYear() + ";" + day.format(FRENCH) + ";Zoé Bernard;" + yy + "." + agency + ".007;FS;Facture en double;F-12;"
        + "à rappeler;;;\r\n";

    ResponseEntity<Map<String, Object>> imported = importFile("demo", sheet, "suivi.csv");

    assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
    RegisterEntry closed = register.get(yy + "." + agency + ".006");
    assertThat(closed.status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(closed.closureDate()).isEqualTo(day);
    assertThat(followUps.of(closed.orderNumber())).extracting(FollowUp::author, FollowUp::text)
        .containsExactly(tuple("bruno", "Appelé le client"),
            tuple("sophie", "Réponse envoyée"));
    String open = yy + "." + agency + ".007";
    assertThat(followUps.of(open)).extracting(FollowUp::author, FollowUp::text)
        .containsExactly(tuple("import", "à rappeler"));
    assertThat(listed(agency, "open", null).content()).extracting(RegisterRow::orderNumber).containsExactly(open);
    assertThat(receivedOn(agency, day.toString()).getBusinessKey()).as("numbered after the imported rows")
        .isEqualTo(yy + "." + agency + ".008");
  }

  @Test
  void aWrongLineInTheMiddleImportsNothingAndIsNamedWithItsColumn() {
    String agency = newAgency();
    String today = LocalDate.now(PARIS).format(FRENCH);
    String yy = String.valueOf(LocalDate.now(PARIS).getYear() % 100);
    String sheet = LEGACY_HEADER
        + ";" + today + ";Paul Martin;" + yy + "." + agency + ".001;FS;Heures non faites;;;;;\r\n"
        + ";31/02/2026;Zoé Bernard;" + yy + "." + agency + ".002;FS;Facture en double;;;;;\r\n"
        + ";" + today + ";Luc Petit;" + yy + "." + agency + ".003;FS;Retard;;;;;\r\n";

    ResponseEntity<Map<String, Object>> refused = importFile("quentin", sheet, "suivi.csv");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ApiAnswers.errors(refused)).containsExactly(Map.of("field", "Date",
        "message", "Ligne 3 : Le champ « Date » doit être une date au format JJ/MM/AAAA (ou AAAA-MM-JJ)."));
    assertThat(listed(agency, null, null).content()).isEmpty();
  }

  @Test
  void theReferenceSheetWithItsTitleLongHeadersAndBlankLinesImportsAndCountsInTheIndicators() {
    String agency = newAgency();
    LocalDate received = LocalDate.now(PARIS).minusYears(1).withMonth(1).withDayOfMonth(31);
    String yy = String.format("%02d", received.getYear() % 100);
    String sheet = "Suivi des fiches signalétiques et des plans d'améliorations Grand Public\r\n"
        + "\r\n"
        + "Année;Date;NOM Prénom Emetteur;Numéro d'ordre aa.n°agence.n° d'ordre (ex : 12.1601.001);"
        + "Origine (Mettre \"FS\" pour fiche signalétique si réclamation);Objet;Justificatif n° (le cas échéant);"
        + "Suivi (Mettre date + commentaires du traitement);Nom de la personne chargée du dossier;Date d'échéance;"
        + "Date de clôture\r\n"
        + received.getYear() + ";" + received.format(FRENCH) + ";Paul Martin;" + yy + "." + agency + ".001;FS;"
        + "Heures non faites;;;bruno;;" + received.plusDays(40).format(FRENCH) + "\r\n"
        + "\r\n"
        + received.getYear() + ";" + received.format(FRENCH) + ";Zoé Bernard;" + yy + "." + agency + ".002;FS;"
        + "Facture en double;;;;;" + received.plusMonths(3).format(FRENCH) + "\r\n";

    ResponseEntity<Map<String, Object>> imported = importFile("quentin", sheet, "suivi.csv");

    assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
    RegisterEntry row = register.get(yy + "." + agency + ".001");
    assertThat(row.answerDueDate()).as("the register's deadline, 31 January + 2 months")
        .isEqualTo(received.withMonth(3).withDayOfMonth(31));
    assertThat(row.answerDate()).as("answered on its closure day").isEqualTo(received.plusDays(40));
    Map<String, Object> indicators = http.withBasicAuth("quentin", "quentin").exchange("/api/indicators?agency="
            + agency + "&from=" + received.withDayOfMonth(1) + "&to=" + received, HttpMethod.GET, null, JSON).getBody();
    assertThat(indicators).extractingByKey("complaints").satisfies(complaints -> {
      assertThat(complaints).asString().contains("answer={onTime=1, late=1, pending=0, unknown=0",
          "acknowledgement={onTime=0, late=0, pending=0, unknown=2");
    });

    String wrongLater = sheet.replace(received.plusMonths(3).format(FRENCH), "31/02/2026");
    assertThat(ApiAnswers.errors(importFile("quentin", wrongLater, "suivi.csv"))).extracting(error -> error.get("message"))
        .singleElement().asString().startsWith("Ligne 6 : ");
  }

  @Test
  void theRegisterDownloadsInTheTwoFormatsOnly() {
    ResponseEntity<Map<String, Object>> refused = http.withBasicAuth("audrey", "audrey")
        .exchange("/api/register/export.pdf", HttpMethod.GET, null, JSON);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ApiAnswers.errors(refused)).extracting(error -> error.get("message"))
        .containsExactly("Le registre se télécharge en « xlsx » ou en « csv », pas en « pdf ».");
  }

  @Test
  void anUnreadableOrFutureSheetIsRefusedInFrench() {
    String agency = newAgency();
    String tomorrow = LocalDate.now(PARIS).plusDays(1).format(FRENCH);
    String yy = String.valueOf(LocalDate.now(PARIS).plusDays(1).getYear() % 100);

    assertThat(ApiAnswers.errors(importFile("quentin", LEGACY_HEADER + "2026;\"01/02/2026;x\r\n", "suivi.csv")))
        .extracting(error -> error.get("message")).singleElement().asString().startsWith("Le fichier n'est ni");
    assertThat(ApiAnswers.errors(importFile("quentin", LEGACY_HEADER + ";" + tomorrow + ";Paul Martin;" + yy + "."
        + agency + ".001;FS;Heures non faites;;;;;\r\n", "suivi.csv"))).extracting(error -> error.get("message"))
        .containsExactly("Ligne 2 : Le champ « Date » ne peut pas être dans le futur.");
    assertThat(ApiAnswers.errors(importFile("quentin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2},
        "suivi.xls"))).extracting(error -> error.get("message")).singleElement().asString()
        .startsWith("Ce fichier est un classeur Excel 97-2003");
  }

  @Test
  void anXlsxOfMoreLinesThanTheLimitIsRefusedInFrenchAndImportsNothing() throws IOException {
    String agency = newAgency();

    ResponseEntity<Map<String, Object>> refused = importFile("quentin",
        trackingSheet(agency, RegisterImport.MAX_LINES + 1), "suivi.xlsx");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ApiAnswers.errors(refused)).extracting(error -> error.get("message")).singleElement().asString()
        .startsWith("Le fichier compte plus de 100").endsWith("lignes : découpez-le (par année, par agence) et importez chaque partie.");
    assertThat(listed(agency, null, null).content()).isEmpty();
  }

  @Test
  void aFollowUpLongerThanAWorkbookCellIsCutInTheXlsxAndTheExportStillImportsBack() throws IOException {
    String agency = newAgency();
    String orderNumber = receivedOn(agency, LocalDate.now(PARIS).toString()).getBusinessKey();
    for (int note = 0; note < 9; note++) {
      followUps.add(orderNumber, "bruno", "Appel " + note + " : " + "x".repeat(3990));
    }

    byte[] workbook = export("audrey", "xlsx", agency);

    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      String suivi = read.getSheetAt(0).getRow(1).getCell(7).getStringCellValue();
      assertThat(suivi).hasSize(32_767).endsWith("(suite au registre : une cellule de classeur contient 32 767 caractères au plus)");
    }
    assertThat(importFile("quentin", workbook, "registre.xlsx").getBody()).containsEntry("skipped", 1)
        .containsEntry("imported", 0);
  }

  @Test
  void anOrderNumberOfAnotherYearIsRefused() {
    String agency = newAgency();
    LocalDate today = LocalDate.now(PARIS);
    String yy = String.valueOf(today.getYear() % 100);
    String lastYy = String.valueOf(today.minusYears(1).getYear() % 100);
    String sheet = LEGACY_HEADER
        + ";" + today.format(FRENCH) + ";Paul Martin;" + lastYy + "." + agency + ".001;FS;Heures non faites;;;;;\r\n"
        + ";" + today.format(FRENCH) + ";Zoé Bernard;" + yy + "." + agency + ".002;FS;Facture en double;;;;;\r\n";

    ResponseEntity<Map<String, Object>> refused = importFile("quentin", sheet, "suivi.csv");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ApiAnswers.errors(refused)).extracting(error -> error.get("field"), error -> error.get("message"))
        .containsExactly(tuple("Numéro d'ordre", "Ligne 2 : Le numéro d'ordre ne correspond pas à "
            + "l'année de la date de réception : il s'écrirait " + yy + "." + agency + ".001."));
    assertThat(listed(agency, null, null).content()).isEmpty();
  }

  @Test
  void correctiveActionsComeBackWithTheRowsTheyAnswerAndTheirNotes() {
    String agency = newAgency();
    List<String> recorded = recordSomeComplaints(agency, LocalDate.now(PARIS));
    String action = decideAction(agency, recorded.get(1));
    String fresh = newAgency();

    String exported = csv(export("quentin", "csv", agency));
    ResponseEntity<Map<String, Object>> imported = importFile("quentin", exported.replace(agency, fresh), "registre.csv");

    assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("imported", 3);
    assertThat(csv(export("quentin", "csv", fresh))).isEqualTo(exported.replace(agency, fresh));
    assertThat(actionRead(action.replace(agency, fresh))).containsEntry("sources", List.of(recorded.get(1).replace(agency, fresh)))
        .containsEntry("personInCharge", "bruno").containsEntry("decidedBy", "quentin");
    assertThat(listed(fresh, "open", null).content()).extracting(RegisterRow::orderNumber)
        .contains(action.replace(agency, fresh));
    assertThat(importFile("quentin", exported.replace(agency, fresh), "registre.csv").getBody())
        .containsEntry("imported", 0).containsEntry("skipped", 3);
  }

  @Test
  void aLegacySheetsImprovementDecisionsBecomeActionsOpenOrClosed() {
    String agency = newAgency();
    LocalDate day = LocalDate.now(PARIS).minusMonths(3).withDayOfMonth(1);
    String yy = String.valueOf(day.getYear() % 100);
    String sheet = LEGACY_HEADER
        + day.getYear() + ";" + day.format(FRENCH) + ";Marie Durand;" + yy + "." + agency + ".004;PA;"
        + "Former l'accueil au registre;;" + day.format(FRENCH) + " (quentin) : Formation prévue;Bruno Lefèvre;"
        + day.plusMonths(1).format(FRENCH) + ";\r\n"
        + day.getYear() + ";" + day.format(FRENCH) + ";Marie Durand;" + yy + "." + agency + ".005;PA;"
        + "Afficher les horaires;;;Zoé Bernard;;" + day.plusDays(10).format(FRENCH) + "\r\n";

    ResponseEntity<Map<String, Object>> imported = importFile("quentin", sheet, "suivi.csv");

    assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(actionRead(yy + "." + agency + ".004"))
        .containsEntry("status", "DECIDED").containsEntry("decidedBy", "Marie Durand")
        .containsEntry("personInCharge", "Bruno Lefèvre")
        .containsEntry("dueDate", day.plusMonths(1).toString())
        .containsEntry("checkDate", day.plusMonths(2).toString())
        .containsEntry("overdue", true)
        .extractingByKey("followUps").asString().contains("author=quentin", "text=Formation prévue");
    assertThat(actionRead(yy + "." + agency + ".005"))
        .containsEntry("status", "CLOSED").containsEntry("closureDate", day.plusDays(10).toString())
        .containsEntry("dueDate", day.plusDays(10).toString()).containsEntry("overdue", false);
    assertThat(listed(agency, "open", null).content()).extracting(RegisterRow::orderNumber)
        .containsExactly(yy + "." + agency + ".004");
    assertThat(receivedOn(agency, day.toString()).getBusinessKey()).as("numbered after the imported actions")
        .isEqualTo(yy + "." + agency + ".006");
  }

  @Test
  void anActionLineThatTheRegisterCouldNotKeepImportsNothing() {
    String agency = newAgency();
    String other = newAgency();
    String otherRow = receivedOn(other, LocalDate.now(PARIS).toString()).getBusinessKey();
    String today = LocalDate.now(PARIS).format(FRENCH);
    String yy = String.valueOf(LocalDate.now(PARIS).getYear() % 100);
    String header = LEGACY_HEADER.replace("\r\n", ";Lignes liées;Date de vérification de l'efficacité;Statut\r\n");
    String sheet = header
        + ";" + today + ";Paul Martin;" + yy + "." + agency + ".001;FS;Heures non faites;;;;;;;;\r\n"
        + ";" + today + ";quentin;" + yy + "." + agency + ".002;PA;Former l'accueil;F-12;;bruno;" + today + ";;"
        + yy + "." + agency + ".001;;\r\n"
        + ";" + today + ";quentin;" + yy + "." + agency + ".003;PA;Former l'accueil;;;bruno;;;"
        + yy + "." + agency + ".009, " + otherRow + ";01/01/2020;Clôturée\r\n"
        + ";" + today + ";quentin;" + yy + "." + agency + ".004;PA;Afficher les horaires;;;;;;" + yy + "." + agency
        + ".002;;\r\n";

    ResponseEntity<Map<String, Object>> refused = importFile("quentin", sheet, "suivi.csv");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ApiAnswers.errors(refused)).extracting(error -> error.get("message")).containsExactly(
        "Ligne 3 : Le champ « Justificatif n° » ne s'applique pas à une ligne PA : videz-le (le registre ne le "
            + "garderait pas).",
        "Ligne 4 : Le champ « Date d'échéance » est obligatoire.",
        "Ligne 4 : Le champ « Date de clôture » est obligatoire pour une ligne close.",
        "Ligne 5 : Le champ « Nom de la personne chargée du dossier » est obligatoire.",
        "Ligne 5 : Le champ « Date d'échéance » est obligatoire.");
    assertThat(listed(agency, null, null).content()).isEmpty();

    String fixed = sheet.replace(";F-12;", ";;").replace(";;;bruno;;;", ";;;bruno;" + today + ";;")
        .replace(";01/01/2020;Clôturée", ";;").replace("horaires;;;;;;", "horaires;;;bruno;" + today + ";;");
    assertThat(ApiAnswers.errors(importFile("quentin", fixed, "suivi.csv")))
        .extracting(error -> error.get("field"), error -> error.get("message")).containsExactly(
            tuple("Lignes liées", "Ligne 4 : " + yy + "." + agency + ".009 n'est ni une réclamation ni un avis du "
                + "registre ou du fichier : une action corrective répond à des réclamations ou à des avis."),
            tuple("Lignes liées", "Ligne 4 : La ligne " + otherRow + " est de l'agence " + other + " : une action "
                + "corrective de l'agence " + agency + " ne répond qu'aux lignes de son agence."),
            tuple("Lignes liées", "Ligne 5 : " + yy + "." + agency + ".002 n'est ni une réclamation ni un avis du "
                + "registre ou du fichier : une action corrective répond à des réclamations ou à des avis."));
    assertThat(listed(agency, null, null).content()).isEmpty();
  }

  @Test
  void anActionsCellsAreCheckedAsTheRegistersAndItsTextsKeptAsTyped() {
    String agency = newAgency();
    String today = LocalDate.now(PARIS).format(FRENCH);
    String yy = String.valueOf(LocalDate.now(PARIS).getYear() % 100);
    String line = ";" + today + ";quentin;" + yy + "." + agency + ".%03d;PA;%s;;%s;%s;%s;\r\n";

    ResponseEntity<Map<String, Object>> refused = importFile("quentin", LEGACY_HEADER
        + String.format(line, 1, "Former\u0000l'accueil", "", "b".repeat(101), today)
        + String.format(line, 2, "Former l'accueil", "x".repeat(4001), "bruno", "31/12/+999999999")
        + String.format(line, 3, "Former l'accueil", "Formation\u0007prévue", "bruno", "31/12/3000"), "suivi.csv");

    assertThat(ApiAnswers.errors(refused)).extracting(error -> error.get("message")).containsExactly(
        "Ligne 2 : Le champ « Objet » contient un caractère invisible non admis (caractère de contrôle) : retapez "
            + "le texte.",
        "Ligne 2 : Le champ « Nom de la personne chargée du dossier » ne doit pas dépasser 100 caractères.",
        "Ligne 3 : Le champ « Date d'échéance » doit être une date entre 1900 et 2999 : vérifiez l'année.",
        "Ligne 3 : Le champ « Suivi » contient une note de plus de 4000 caractères (ou un auteur de plus de 100).",
        "Ligne 4 : Le champ « Date d'échéance » doit être une date entre 1900 et 2999 : vérifiez l'année.",
        "Ligne 4 : Le champ « Suivi » contient un caractère invisible non admis (caractère de contrôle) : retapez "
            + "le texte.");
    assertThat(listed(agency, null, null).content()).isEmpty();

    String markup = "<b>Former</b> l'accueil & <script>alert(1)</script>";
    assertThat(importFile("quentin", LEGACY_HEADER + String.format(line, 1, markup, "", "bruno", today), "suivi.csv")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(actionRead(yy + "." + agency + ".001")).containsEntry("subject", markup);
  }

  @Test
  void anActionComesInForAComplaintAlreadyThereAndTheFileImportsAgainUnchanged() {
    String agency = newAgency();
    String today = LocalDate.now(PARIS).format(FRENCH);
    String yy = String.valueOf(LocalDate.now(PARIS).getYear() % 100);
    String complaint = ";" + today + ";Paul Martin;" + yy + "." + agency + ".001;FS;Heures non faites;;;;;;\r\n";
    String header = LEGACY_HEADER.replace("\r\n", ";Lignes liées\r\n");
    assertThat(importFile("quentin", header + complaint, "suivi.csv").getStatusCode()).isEqualTo(HttpStatus.OK);

    String withItsAction = header + complaint + ";" + today + ";quentin;" + yy + "." + agency
        + ".002;PA;Former l'accueil;;;bruno;" + today + ";;" + yy + "." + agency + ".001\r\n";
    ResponseEntity<Map<String, Object>> imported = importFile("quentin", withItsAction, "suivi.csv");

    assertThat(imported.getBody()).containsEntry("imported", 1).containsEntry("skipped", 1);
    assertThat(importFile("quentin", withItsAction, "suivi.csv").getBody()).as("the complaint's cell left empty")
        .containsEntry("imported", 0);
    assertThat(importFile("quentin", csv(export("quentin", "csv", agency)), "registre.csv").getBody())
        .as("the complaint's cell naming its action").containsEntry("imported", 0).containsEntry("skipped", 2);
  }

  @Test
  void aStatusOfTheOtherKindOfRowIsRefused() {
    String agency = newAgency();
    String today = LocalDate.now(PARIS).format(FRENCH);
    String yy = String.valueOf(LocalDate.now(PARIS).getYear() % 100);
    String header = LEGACY_HEADER.replace("\r\n", ";Statut\r\n");

    ResponseEntity<Map<String, Object>> refused = importFile("quentin", header
        + ";" + today + ";Paul Martin;" + yy + "." + agency + ".001;FS;Heures non faites;;;;;;Avis à examiner\r\n"
        + ";" + today + ";Zoé Bernard;" + yy + "." + agency + ".002;QS;Accueil froid;;;;;;En cours d'instruction\r\n",
        "suivi.csv");

    assertThat(ApiAnswers.errors(refused)).extracting(error -> error.get("message")).containsExactly(
        "Ligne 2 : La valeur « Avis à examiner » n'est pas admise pour le champ « Statut ».",
        "Ligne 3 : La valeur « En cours d'instruction » n'est pas admise pour le champ « Statut ».");
  }

  @Test
  void anAgencyJustCreatedInAdminIsOpenedToTheNetworkByItsImport() {
    String agency = "N" + System.nanoTime() % 100_000_000;
    identityService.saveTenant(identityService.newTenant(agency));
    String today = LocalDate.now(PARIS).format(FRENCH);
    String yy = String.valueOf(LocalDate.now(PARIS).getYear() % 100);

    assertThat(importFile("demo", LEGACY_HEADER + ";" + today + ";Paul Martin;" + yy + "." + agency
        + ".001;FS;Heures non faites;;;;;\r\n", "suivi.csv").getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(identityService.createGroupQuery().memberOfTenant(agency).list()).extracting(Group::getId)
        .as("the direction, the quality manager and the auditors see its rows")
        .contains("direction", "qualite", "auditeurs");
    assertThat(csv(export("audrey", "csv", agency))).contains(yy + "." + agency + ".001");
  }

  @Test
  void onlyTheQualityManagerAndAdministratorsImportAndEachReaderExportsOnlyTheirAgencies() {
    recordSomeComplaints(DEMO_AGENCY, LocalDate.now(PARIS));

    ResponseEntity<Map<String, Object>> refused = importFile("bruno", LEGACY_HEADER, "suivi.csv");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ApiAnswers.errors(refused)).extracting(error -> error.get("message"))
        .containsExactly("Seuls le responsable qualité et les administrateurs peuvent importer un registre.");
    assertThat(csv(export("audrey", "csv", null))).contains("." + DEMO_AGENCY + ".");
    assertThat(csv(export("claire", "csv", null))).doesNotContain("." + DEMO_AGENCY + ".");
  }

  @Test
  void theDownloadIsNamedAfterTheDay() {
    ResponseEntity<byte[]> response = http.withBasicAuth("audrey", "audrey")
        .getForEntity("/api/register/export.xlsx?agency=" + DEMO_AGENCY, byte[].class);

    assertThat(response.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(response.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("registre-" + LocalDate.now(PARIS) + ".xlsx");
  }

  /** Two complaints received on the day: one acknowledged, whose subject and document look like formulas. */
  private List<String> recordSomeComplaints(String agency, LocalDate day) {
    Map<String, Object> tricky = complaintForm(agency, day.toString());
    tricky.put("subject", "=HYPERLINK(\"http://example.com\";\"Cliquez\")");
    tricky.put("documentNumber", "-42");
    tricky.put("clientEmail", "jeanne@example.com");
    ProcessInstance first = record(tricky);
    acknowledge(first);
    ProcessInstance second = receivedOn(agency, day.toString());
    return List.of(first.getBusinessKey(), second.getBusinessKey());
  }

  /** The quality manager decides an action answering the row, bruno in charge; its order number. */
  private String decideAction(String agency, String source) {
    Map<String, Object> action = Map.of("subject", "Former l'accueil au registre", "personInCharge", "bruno",
        "dueDate", LocalDate.now(PARIS).plusMonths(1).toString(), "agency", agency, "sources", List.of(source));
    ResponseEntity<Map<String, Object>> decided = http.withBasicAuth("quentin", "quentin")
        .exchange("/api/actions", HttpMethod.POST, new HttpEntity<>(action), JSON);
    assertThat(decided.getStatusCode()).as("%s", decided.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) decided.getBody().get("orderNumber");
  }

  private Map<String, Object> actionRead(String orderNumber) {
    return http.withBasicAuth("audrey", "audrey").exchange("/api/actions/" + orderNumber, HttpMethod.GET, null, JSON)
        .getBody();
  }

  private byte[] export(String user, String format, String agency) {
    ResponseEntity<byte[]> response = http.withBasicAuth(user, user).getForEntity(
        "/api/register/export." + format + (agency == null ? "" : "?agency=" + agency), byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static String csv(byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8);
    assertThat(text).as("UTF-8 with its BOM").startsWith("\uFEFF");
    return text;
  }

  private ResponseEntity<Map<String, Object>> importFile(String user, String text, String fileName) {
    return importFile(user, text.getBytes(StandardCharsets.UTF_8), fileName);
  }

  private ResponseEntity<Map<String, Object>> importFile(String user, byte[] content, String fileName) {
    return http.withBasicAuth(user, user).exchange("/api/register/import", HttpMethod.POST,
        Uploads.form(Uploads.part("file", content, fileName)), JSON);
  }

  /**
   * A tracking sheet of as many lines as given, all received today in the agency, written by the streaming writer.
   * Each line has a long note in a column the register does not know, as kept by hand: its sheet's XML passes 100 MB,
   * the size POI refuses to inflate in memory, while the file stays within the upload limit.
   */
  private static byte[] trackingSheet(String agency, int lines) throws IOException {
    String today = LocalDate.now(PARIS).format(FRENCH);
    String yy = String.valueOf(LocalDate.now(PARIS).getYear() % 100);
    String note = "Client rappelé, dossier à suivre avec l'agence. ".repeat(20);
    Random letters = new Random(lines);
    try (SXSSFWorkbook workbook = new SXSSFWorkbook();
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Suivi");
      cells(sheet.createRow(0), (LEGACY_HEADER.strip() + ";Observations").split(";"));
      for (int line = 1; line <= lines; line++) {
        String reference = letters.ints(40, 'a', 'z' + 1).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append).toString();
        cells(sheet.createRow(line), "", today, "Paul Martin", yy + "." + agency + "." + line, "FS", "Heures non faites",
            "", "", "", "", "", note + reference);
      }
      workbook.write(out);
      assertThat(out.size()).as("within the upload limit").isLessThan(10 * 1024 * 1024);
      return out.toByteArray();
    }
  }

  private static void cells(Row row, String... texts) {
    for (int column = 0; column < texts.length; column++) {
      row.createCell(column).setCellValue(texts[column]);
    }
  }

  /** The workbook with one agency's code replaced by another's in every text cell. */
  private static byte[] replaced(byte[] xlsx, String agency, String other) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      // The streaming writer's cells hold their text inline, which POI keeps when a value is set: new cells replace them.
      List<Cell> texts = new ArrayList<>();
      workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
        if (cell.getCellType() == CellType.STRING) {
          texts.add(cell);
        }
      })));
      for (Cell cell : texts) {
        String text = cell.getStringCellValue().replace(agency, other);
        Row row = cell.getRow();
        int column = cell.getColumnIndex();
        var style = cell.getCellStyle();
        row.removeCell(cell);
        Cell replacement = row.createCell(column);
        replacement.setCellValue(text);
        replacement.setCellStyle(style);
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static List<List<String>> allCellTexts(byte[] xlsx) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<List<String>> rows = new ArrayList<>();
      workbook.forEach(sheet -> sheet.forEach(row -> rows.add(cellTexts(row))));
      return rows;
    }
  }

  private static List<String> cellTexts(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
    return texts;
  }
}
