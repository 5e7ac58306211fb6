package fr.complaintregister.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.Uploads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A person's access request: the direction exports every row, letter and document naming the client; nobody else. */
class PersonalDataApiTests extends ClientFilesSupport {

  private static final String URL = "/api/personal-data?client={client}";

  private String client;
  private String email;
  private String named;
  private String reachedByEmail;
  private String someoneElse;

  /** Names unique to the test, as the register holds every test's rows. */
  private void recordTheClientsComplaints() {
    String agency = newAgency();
    String today = LocalDate.now(PARIS).toString();
    client = "Hélène Lefèvre " + agency;
    email = "helene.lefevre." + agency.toLowerCase(Locale.ROOT) + "@example.fr";
    ProcessInstance complaint = record(clientForm(agency, today, client, email));
    acknowledge(complaint);
    named = complaint.getBusinessKey();
    attachClientLetter(named, "Courrier de Mme Lefèvre.pdf");
    reachedByEmail = record(clientForm(agency, today, "H. Lefèvre", email)).getBusinessKey();
    someoneElse = record(clientForm(agency, today, client + " Martin", "quelqu.un@example.fr")).getBusinessKey();
  }

  @Test
  void theDirectionGetsTheRowsLettersAndDocumentsOfTheClientNamedWhateverTheCaseAndAccents() throws IOException {
    recordTheClientsComplaints();

    ResponseEntity<byte[]> answer = request("diane", client.toUpperCase(Locale.ROOT).replace("É", "E").replace("È", "E"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("donnees-personnelles-" + LocalDate.now(PARIS) + ".zip");
    Map<String, byte[]> files = unzip(answer.getBody());
    assertThat(orderNumbersIn(files.get("registre.xlsx"))).containsExactly(named);
    assertThat(files.keySet()).filteredOn(name -> name.startsWith("courriers/")).isNotEmpty()
        .allSatisfy(name -> assertThat(name).startsWith("courriers/" + named + " - ").endsWith(".pdf"));
    assertThat(files.entrySet()).filteredOn(file -> file.getKey().startsWith("documents/")).singleElement()
        .satisfies(document -> {
          assertThat(document.getKey()).startsWith("documents/" + named + " - ").endsWith(" - Courrier de Mme Lefèvre.pdf");
          assertThat(document.getValue()).isEqualTo(Uploads.PDF);
        });
  }

  @Test
  void anEmailAddressFindsEveryRowItReachesWhateverTheNameSaid() throws IOException {
    recordTheClientsComplaints();

    ResponseEntity<byte[]> answer = request("demo", email.toUpperCase(Locale.ROOT));

    assertThat(orderNumbersIn(unzip(answer.getBody()).get("registre.xlsx"))).containsExactlyInAnyOrder(named, reachedByEmail)
        .doesNotContain(someoneElse);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bruno", "sophie", "quentin", "audrey"})
  void anyoneButTheDirectionIsRefusedInFrench(String user) {
    ResponseEntity<Map> answer = http.withBasicAuth(user, user).getForEntity(URL, Map.class, "Jeanne Dupont");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody().toString()).contains(
        "Seuls la direction et les administrateurs peuvent exporter les données personnelles d'un client");
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of("", "Le champ « Client (nom ou adresse e-mail) » est obligatoire."),
        Arguments.of("   ", "Le champ « Client (nom ou adresse e-mail) » est obligatoire."),
        Arguments.of("x".repeat(321), "Le champ « Client (nom ou adresse e-mail) » ne doit pas dépasser 320 caractères."),
        Arguments.of("Jeanne\u0007Dupont", "Le champ « Client (nom ou adresse e-mail) » contient un caractère invisible"),
        Arguments.of("Jeanne\u0000Dupont", "La requête contient un caractère nul"));
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void aMissingTooLongOrInvisibleNameIsRefusedInFrench(String typed, String message) {
    ResponseEntity<Map> answer = http.withBasicAuth("diane", "diane").getForEntity(URL, Map.class, typed);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().toString()).contains(message);
  }

  private ResponseEntity<byte[]> request(String user, String typed) {
    return http.withBasicAuth(user, user).getForEntity(URL, byte[].class, typed);
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        files.put(entry.getName(), entries.readAllBytes());
      }
    }
    return files;
  }

  /** The order numbers of the sheet's rows (its 4th column, "Numéro d'ordre"), every year's sheet. */
  private static List<String> orderNumbersIn(byte[] xlsx) throws IOException {
    List<String> orderNumbers = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          Cell cell = row.getCell(3);
          if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.STRING) {
            orderNumbers.add(cell.getStringCellValue());
          }
        }
      }
    }
    return orderNumbers;
  }
}
