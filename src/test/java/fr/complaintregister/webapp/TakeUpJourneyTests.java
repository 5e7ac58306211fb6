package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.RegisterSheetUploads;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** A handler takes up a complaint that last year's sheet brought in still open, from its register page. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class TakeUpJourneyTests extends ComplaintTestSupport {

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final By TAKE_UP = By.xpath("//section[h2='Reprendre le traitement']//button");
  private static final By OPEN_TASK = By.xpath("//section[h2='Tâche en cours']");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired FilterService filterService;

  @Test
  void brunoTakesUpAnImportedOpenComplaintAndFindsItsAcknowledgementInTasklist() {
    String agency = newAgency();
    LocalDate received = LocalDate.now(PARIS).minusDays(3);
    String orderNumber = String.format("%02d.%s.001", received.getYear() % 100, agency);
    assertThat(RegisterSheetUploads.importCsv(http, "quentin", received.getYear() + ";" + received.format(FRENCH)
        + ";Paul Durand;" + orderNumber + ";FS;Facture en double;;;;;;\r\n").getStatusCode()).isEqualTo(HttpStatus.OK);

    try (Browser bruno = Browser.open(port, "takeup-imported-complaint")) {
      bruno.logIn("tasklist", "bruno");
      bruno.go("/registre/reclamation.html?n=" + orderNumber);
      bruno.waitForText("aucun processus ne la suit encore");
      assertThat(bruno.text(OPEN_TASK)).contains("Aucune tâche ouverte");
      bruno.screenshot("imported-without-process");

      bruno.click(TAKE_UP);
      bruno.waitUntil(browser -> bruno.text(OPEN_TASK).contains("Accuser réception de la réclamation"));
      assertThat(bruno.text(By.tagName("main"))).doesNotContain("aucun processus ne la suit encore")
          .contains("(bruno) : Traitement repris dans l'outil");
      bruno.screenshot("taken-up");

      TasklistPage.search(bruno, filterService, "Tâches de mes groupes", orderNumber);
      bruno.find(TasklistPage.taskCard(orderNumber));
      bruno.screenshot("in-tasklist");
    }
    assertThat(register.get(orderNumber).processInstanceId()).isNotNull();
  }

  @Test
  void theQualityManagerTakesUpAnImportedOpenActionFromItsPage() {
    String agency = newAgency();
    LocalDate decided = LocalDate.now(PARIS).minusDays(10);
    String orderNumber = String.format("%02d.%s.001", decided.getYear() % 100, agency);
    assertThat(RegisterSheetUploads.importCsv(http, "quentin", decided.getYear() + ";" + decided.format(FRENCH)
        + ";Marie Durand;" + orderNumber + ";PA;Afficher les horaires;;;bruno;" + decided.plusMonths(1).format(FRENCH)
        + ";;\r\n").getStatusCode()).isEqualTo(HttpStatus.OK);

    try (Browser quentin = Browser.open(port, "takeup-imported-action")) {
      quentin.logIn("tasklist", "quentin");
      quentin.go("/registre/action.html?n=" + orderNumber);
      quentin.waitForText("aucun processus ne la suit encore");

      quentin.click(TAKE_UP);
      quentin.waitUntil(browser -> quentin.text(OPEN_TASK).contains("Mettre en œuvre l'action corrective"));
      assertThat(quentin.text(By.tagName("main"))).doesNotContain("aucun processus ne la suit encore")
          .contains("Statut : En cours");
      quentin.screenshot("taken-up");
    }
  }
}
