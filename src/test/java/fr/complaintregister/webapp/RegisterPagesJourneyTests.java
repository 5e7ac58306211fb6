package fr.complaintregister.webapp;

import static fr.complaintregister.webapp.TasklistPage.COMPLAINT_PROCESS;
import static fr.complaintregister.webapp.TasklistPage.START_BUTTON;
import static fr.complaintregister.webapp.TasklistPage.START_PROCESS;
import static fr.complaintregister.webapp.TasklistPage.agencyChoice;
import static fr.complaintregister.webapp.TasklistPage.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import fr.complaintregister.complaint.Correction;
import fr.complaintregister.complaint.FollowUp;
import fr.complaintregister.complaint.LinkedAction;
import fr.complaintregister.improvement.CorrectiveActions;
import fr.complaintregister.improvement.NewAction;
import fr.complaintregister.register.RegisterRow;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The register's pages, reached from the webapps with their login, as French users work with them. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class RegisterPagesJourneyTests extends ComplaintTestSupport {

  private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final By REGISTER_LINK = By.cssSelector("li.registre-link a");
  private static final By MY_FILES = By.id("tab-mine");
  private static final By SEARCH = By.cssSelector("#filters input[name=q]");
  private static final By SEARCH_BUTTON = By.cssSelector("#filters button[type=submit]");
  private static final By COUNT = By.id("count");
  private static final By NOTE = By.cssSelector("textarea[name=text]");
  private static final By ADD_NOTE = By.xpath("//button[normalize-space()='Ajouter la note']");
  private static final By FOLLOW_UP_LOG = By.cssSelector(".registre-log");
  private static final String CLIENT = "Hélène Gérôme";
  private static final By FICHE = By.cssSelector(".registre-fields");
  private static final By CORRECTED_FIELD = By.cssSelector("select[name=field]");
  private static final By CORRECTED_VALUE = By.cssSelector("textarea[name=value]");
  private static final By CORRECT = By.xpath("//button[normalize-space()='Corriger']");
  private static final By FILE = By.cssSelector("input[type=file]");
  private static final By ATTACH = By.xpath("//button[normalize-space()='Joindre le document']");
  private static final By DOCUMENTS = By.xpath("//section[h2='Documents']");
  private static final By LETTERS = By.xpath("//section[h2='Courriers au client']");
  private static final By MARK_POSTED = By.xpath("//section[h2='Courriers au client']//button[normalize-space()='Marquer comme posté']");
  private static final By MARK_ACKNOWLEDGEMENT_POSTED = By.xpath("//section[h2='Courriers au client']"
      + "//li[contains(., 'Accusé de réception')]//button[normalize-space()='Marquer comme posté']");
  private static final By CORRECTIONS = By.xpath("//section[h2='Corrections']");
  private static final By WITHDRAWAL_KIND = By.cssSelector("select[name=kind]");
  private static final By WITHDRAWAL_REASON = By.cssSelector("textarea[name=reason]");
  private static final By WITHDRAW = By.xpath("//button[normalize-space()='Retirer la réclamation']");
  private static final By WITHDRAWAL = By.xpath("//section[h2='Retrait de la réclamation']");
  private static final By OPEN_TASK = By.xpath("//section[h2='Tâche en cours']");
  private static final By DOCUMENT_LINKS = By.xpath("//section[h2='Documents']//li/a");
  private static final By UPLOAD_ERROR = By.xpath("//section[h2='Documents']//p[@class='registre-error']");
  /** A one-page PDF that readers open: header, catalog, pages, page, cross-reference table and trailer. */
  private static final byte[] MINIMAL_PDF = minimalPdf();
  private static final By FORMS = By.cssSelector("form, textarea, input[type=file], select");
  private static final By LIST = By.cssSelector(".registre-table tbody");
  private static final By ACTIONS = By.xpath("//section[h2='Actions correctives']");
  private static final By ACTION_SUBJECT = By.cssSelector("textarea[name=subject]");
  private static final By PERSON_IN_CHARGE = By.cssSelector("select[name=personInCharge]");
  private static final By DUE_DATE = By.cssSelector("input[name=dueDate]");
  private static final By CHECK_DATE = By.cssSelector("input[name=checkDate]");
  private static final By DECIDE = By.xpath("//button[normalize-space()=\"Décider l'action\"]");
  private static final By DECISION_ERROR = By.xpath("//form[.//textarea[@name='subject']]/p[@class='registre-error']");
  private static final By SOURCES = By.xpath("//section[h2=\"Réclamations à l'origine\"]/p");
  private static final By LINKED_ROW = By.cssSelector("input[name=orderNumber]");
  private static final By LINK_ROW = By.xpath("//button[normalize-space()='Rattacher la ligne']");
  private static final By OPEN_ACTION = By.cssSelector("select[name=action]");
  private static final By LINK_TO_ACTION = By.xpath("//button[normalize-space()=\"Rattacher à l'action\"]");
  private static final By NEW_ACTION = By.linkText("Nouvelle action corrective");
  private static final By AGENCY = By.cssSelector("select[name=agency]");

  @Autowired CorrectiveActions correctiveActions;

  @TempDir Path files;

  @LocalServerPort int port;

  @Test
  void theDeskFindsWhatItRecordedAHandlerFindsItByNameAndAddsANoteAnotherAgencyDoesNotSeeIt() {
    String agency = newAgency();
    String orderNumber;
    try (Browser alice = Browser.open(port, "register-desk")) {
      recordAsAlice(alice, agency);
      alice.waitUntil(browser -> rowsOf(agency).size() == 1);
      orderNumber = rowsOf(agency).get(0).orderNumber();

      alice.click(REGISTER_LINK);
      alice.waitForText("Registre des réclamations");
      alice.click(MY_FILES);
      alice.waitForText(orderNumber);
      assertThat(alice.text(By.cssSelector(".registre-table tbody"))).contains(CLIENT, "Facture reçue deux fois");
      alice.screenshot("my-files");
    }

    try (Browser bruno = Browser.open(port, "register-handler")) {
      bruno.go("/registre/");
      bruno.waitUntil(browser -> browser.getCurrentUrl().contains("/camunda/app/tasklist/"));
      bruno.logIn("tasklist", "bruno");
      bruno.waitUntil(browser -> browser.getCurrentUrl().endsWith("/registre/"));
      searchClient(bruno);
      bruno.waitForText(orderNumber);
      bruno.screenshot("found-without-accents");

      bruno.click(By.linkText(orderNumber));
      bruno.waitForText("Réclamation " + orderNumber);
      assertThat(bruno.text(By.tagName("main"))).contains(CLIENT, "Accusé de réception : au plus tard le");
      assertThat(bruno.find(By.partialLinkText("Accuser réception")).getDomAttribute("href"))
          .as("the open task opens in Tasklist").startsWith("/camunda/app/tasklist/default/#/?task=");
      bruno.type(NOTE, "Cliente rappelée : <b>facture</b> annulée.");
      bruno.click(ADD_NOTE);
      bruno.waitUntil(browser -> bruno.text(FOLLOW_UP_LOG).contains("<b>facture</b>"));
      FollowUp note = followUps.of(orderNumber).get(followUps.of(orderNumber).size() - 1);
      assertThat(bruno.text(FOLLOW_UP_LOG)).as("the note with its time, the client's text as typed")
          .contains(note.recordedAt().format(FRENCH_TIME) + " (bruno) : Cliente rappelée : <b>facture</b> annulée.");
      bruno.screenshot("note-added");
    }

    try (Browser claire = Browser.open(port, "register-other-agency")) {
      claire.logIn("tasklist", "claire");
      claire.click(REGISTER_LINK);
      searchClient(claire);
      claire.waitForText("Aucune ligne du registre ne correspond.");
      assertThat(claire.text(By.tagName("body"))).doesNotContain(orderNumber);
      claire.screenshot("not-found-in-other-agency");
    }
  }

  @Test
  void aHandlerCorrectsTheClientsNameAndSeesTheTraceThenFindsTheComplaintByTheNewName() {
    String orderNumber = recordedFor("Maëlys Kerbart");
    try (Browser bruno = Browser.open(port, "register-correction")) {
      openComplaint(bruno, "bruno", orderNumber);
      assertThat(bruno.find(CORRECTED_VALUE).getDomProperty("value")).as("the recorded name, ready to correct")
          .isEqualTo("Maëlys Kerbart");
      bruno.retype(CORRECTED_VALUE, "Maëlys Kerbrat");
      bruno.click(CORRECT);
      bruno.waitUntil(browser -> bruno.text(CORRECTIONS).contains("remplacé par"));
      Correction correction = as("bruno", () -> complaints.detail(orderNumber)).corrections().get(0);
      assertThat(bruno.text(CORRECTIONS)).as("old value, new value, who and when").contains(
          correction.at().format(FRENCH_TIME) + " (bruno) : NOM Prénom Emetteur – « Maëlys Kerbart » remplacé par « Maëlys Kerbrat »");
      assertThat(bruno.text(FICHE)).contains("Maëlys Kerbrat").doesNotContain("Kerbart");
      bruno.screenshot("name-corrected");

      bruno.go("/registre/");
      search(bruno, "MAELYS kerbrat");
      bruno.waitForText(orderNumber);
      assertThat(bruno.text(By.cssSelector(".registre-table tbody"))).contains("Maëlys Kerbrat");
      bruno.screenshot("found-by-corrected-name");
      search(bruno, "kerbart");
      bruno.waitForText("Aucune ligne du registre ne correspond.");
    }
  }

  @Test
  void aHandlerAttachesTheClientsLetterAndDownloadsItAgainAndAnHtmlPageNamedPdfIsRefused() throws IOException {
    String orderNumber = recordedFor("Yannick Le Goff");
    Path letter = Files.write(files.resolve("Lettre de M. Le Goff.pdf"), MINIMAL_PDF);
    Path disguisedPage = Files.writeString(files.resolve("facture.pdf"), "<!DOCTYPE html><html><body>Facture</body></html>");
    try (Browser bruno = Browser.open(port, "register-documents")) {
      openComplaint(bruno, "bruno", orderNumber);
      bruno.attach(FILE, letter);
      assertThat(bruno.text(By.cssSelector(".registre-file-name"))).isEqualTo("Lettre de M. Le Goff.pdf");
      bruno.click(ATTACH);
      By download = By.linkText("Lettre de M. Le Goff.pdf");
      bruno.find(download);
      assertThat(bruno.text(DOCUMENTS)).contains("1 Ko, ajouté le").contains("par bruno");
      assertThat(bruno.download(download)).as("the same bytes, through the user's session").isEqualTo(MINIMAL_PDF);
      bruno.screenshot("letter-attached");

      bruno.attach(FILE, disguisedPage);
      bruno.click(ATTACH);
      assertThat(bruno.text(UPLOAD_ERROR)).startsWith("Le contenu de « facture.pdf »");
      assertThat(bruno.all(DOCUMENT_LINKS).stream().map(link -> link.getText()))
          .as("nothing stored").containsExactly("Lettre de M. Le Goff.pdf");
      bruno.screenshot("disguised-page-refused");
    }
  }

  @Test
  void aHandlerPrintsTheAcknowledgementOfAClientWithoutEmailAndMarksItPosted() {
    String orderNumber = recordedFor("Maëlle Quéré");
    acknowledge(runtimeService().createProcessInstanceQuery().processDefinitionKey("complaint")
        .processInstanceBusinessKey(orderNumber).singleResult());
    try (Browser bruno = Browser.open(port, "register-letter-posted")) {
      openComplaint(bruno, "bruno", orderNumber);
      assertThat(bruno.text(LETTERS)).contains("Accusé de réception (PDF) – émis le", "par bruno, à imprimer et envoyer");
      bruno.screenshot("letter-to-print");

      bruno.click(MARK_ACKNOWLEDGEMENT_POSTED);

      bruno.waitUntil(browser -> bruno.text(LETTERS).contains("posté le") ? true : null);
      assertThat(bruno.text(LETTERS)).containsPattern("Accusé de réception \\(PDF\\) – émis le .* par bruno, posté le .* par bruno");
      assertThat(bruno.all(MARK_ACKNOWLEDGEMENT_POSTED)).isEmpty();
      assertThat(bruno.all(MARK_POSTED)).as("the receipt is still to hand over or post").hasSize(1);
      bruno.screenshot("letter-posted");
    }
  }

  @Test
  void aHandlerWithdrawsAComplaintRecordedTwiceAndItsTaskIsGone() {
    String orderNumber = recordedFor("Soizic Tanguy");
    try (Browser bruno = Browser.open(port, "register-withdrawal")) {
      openComplaint(bruno, "bruno", orderNumber);
      assertThat(bruno.text(OPEN_TASK)).contains("Accuser réception");
      new Select(bruno.find(WITHDRAWAL_KIND)).selectByVisibleText("Enregistrée en double");
      bruno.type(WITHDRAWAL_REASON, "enregistrée en double");
      bruno.click(WITHDRAW);
      bruno.waitForText("Statut : Retirée");
      assertThat(bruno.text(WITHDRAWAL)).contains("Motif\nEnregistrée en double", "Raison\nenregistrée en double", "par bruno");
      assertThat(bruno.text(OPEN_TASK)).endsWith("Aucune tâche ouverte que vous puissiez voir.");
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey(orderNumber).count()).isZero();
      assertThat(bruno.all(WITHDRAW)).as("a withdrawn complaint is not withdrawn twice").isEmpty();
      bruno.scrollTo(WITHDRAWAL);
      bruno.screenshot("withdrawn");
    }
  }

  @Test
  void theAuditorReadsTheComplaintWithoutAnyFormToChangeIt() {
    String orderNumber = recordedFor("Gwenaëlle Riou");
    try (Browser audrey = Browser.open(port, "register-auditor")) {
      openComplaint(audrey, "audrey", orderNumber);
      assertThat(audrey.text(FICHE)).contains("Gwenaëlle Riou");
      assertThat(audrey.text(By.tagName("main"))).contains("Aucun document.", "Aucune correction.");
      assertThat(audrey.all(FORMS)).as("no note, correction, upload or withdrawal form").isEmpty();
      audrey.screenshot("read-only");
    }
  }

  @Test
  void theListShowsACorrectiveActionWhosePageShowsItsSourceAndLogAndOpensTheComplaint() {
    String agency = newAgency();
    String complaint = record(complaintForm(agency, LocalDate.now(PARIS).toString())).getBusinessKey();
    String action = as("quentin", () -> correctiveActions.record(new NewAction("Former l'accueil au registre", "bruno",
        LocalDate.of(2030, 6, 30), null, agency, List.of(complaint)))).action().orderNumber();
    try (Browser quentin = Browser.open(port, "register-action")) {
      quentin.logIn("tasklist", "quentin");
      quentin.go("/registre/");
      search(quentin, action);
      quentin.waitForText("1 ligne correspond.");
      assertThat(quentin.text(LIST)).as("origin, decision-maker, person in charge, due date, status and source")
          .contains("PA", "quentin", "bruno", "30/06/2030", "En cours", "Origine : " + complaint);
      quentin.screenshot("action-listed");

      quentin.click(By.linkText(action));
      quentin.waitForText("Action corrective " + action);
      assertThat(quentin.text(By.tagName("main"))).contains("Statut : En cours", "Personne chargée de l'action",
          "Mise en œuvre : au plus tard le 30/06/2030", "Vérification de l'efficacité : le 30/07/2030");
      assertThat(quentin.text(FOLLOW_UP_LOG)).contains("(quentin) : Action décidée : Former l'accueil au registre.");
      quentin.screenshot("action-page");

      quentin.click(By.linkText(complaint));
      quentin.waitForText("Réclamation " + complaint);
      assertThat(quentin.text(ACTIONS)).contains(action + " : Former l'accueil au registre (En cours)");
      quentin.click(By.linkText(action));
      quentin.waitForText("Action corrective " + action);
      quentin.screenshot("back-to-the-action");
    }
  }

  @Test
  void theQualityManagerDecidesAnActionFromAComplaintLinksTwoMoreRowsToItAndDecidesAnotherByHand() {
    String agency = newAgency();
    String first = recordedIn(agency, "Maïwenn Le Bihan");
    String second = recordedIn(agency, "Loïc Quéré");
    String third = recordedIn(agency, "Anaïs Prigent");
    try (Browser quentin = Browser.open(port, "register-decide-action")) {
      openComplaint(quentin, "quentin", first);
      quentin.type(ACTION_SUBJECT, "Former l'accueil à la saisie des factures");
      new Select(quentin.find(PERSON_IN_CHARGE)).selectByValue("bruno");
      quentin.type(DUE_DATE, "30/06/2030");
      quentin.screenshot("deciding");
      quentin.click(DECIDE);
      quentin.waitUntil(browser -> quentin.text(ACTIONS).contains("(En cours)"));
      String action = actionsOf(first).get(0);
      assertThat(quentin.text(ACTIONS)).contains(action + " : Former l'accueil à la saisie des factures (En cours)");
      quentin.screenshot("action-decided");

      quentin.click(By.linkText(action));
      quentin.waitForText("Action corrective " + action);
      assertThat(quentin.text(By.tagName("main"))).contains("Personne chargée de l'action\nbruno",
          "Mise en œuvre : au plus tard le 30/06/2030", "Vérification de l'efficacité : le 30/07/2030");
      quentin.type(LINKED_ROW, second);
      quentin.click(LINK_ROW);
      quentin.waitUntil(browser -> quentin.text(SOURCES).contains(second));
      assertThat(quentin.text(SOURCES)).isEqualTo(first + ", " + second);
      assertThat(quentin.text(FOLLOW_UP_LOG)).contains("(quentin) : Réclamation " + second + " rattachée à l'action.");
      quentin.screenshot("second-complaint-linked");

      quentin.go("/registre/reclamation.html?n=" + third);
      quentin.waitForText("Réclamation " + third);
      new Select(quentin.find(OPEN_ACTION)).selectByValue(action);
      quentin.click(LINK_TO_ACTION);
      // The section's own choice list names the action too: wait for the register, then read the page.
      quentin.waitUntil(browser -> actionsOf(third).contains(action));
      assertThat(actionsOf(third)).containsExactly(action);
      quentin.waitUntil(browser -> quentin.text(ACTIONS).contains(action + " : "));
      quentin.screenshot("third-complaint-linked");

      quentin.go("/registre/");
      quentin.click(NEW_ACTION);
      quentin.waitForText("Nouvelle action corrective");
      new Select(quentin.find(AGENCY)).selectByValue(agency);
      quentin.waitUntil(browser -> !quentin.all(By.cssSelector("select[name=personInCharge] option[value=bruno]")).isEmpty());
      new Select(quentin.find(PERSON_IN_CHARGE)).selectByValue("bruno");
      quentin.type(ACTION_SUBJECT, "Afficher les horaires d'accueil en agence");
      quentin.type(DUE_DATE, "31/03/2031");
      quentin.type(CHECK_DATE, "30/09/2031");
      quentin.screenshot("deciding-by-hand");
      quentin.click(DECIDE);
      quentin.waitForText("Décidée sans réclamation à l'origine.");
      assertThat(quentin.text(By.tagName("main"))).contains("Afficher les horaires d'accueil en agence",
          "Agence\n" + agency, "Vérification de l'efficacité : le 30/09/2031");
      quentin.screenshot("decided-by-hand");
    }
  }

  @Test
  void aDateThatIsNoneIsRefusedInFrenchAndNothingIsDecided() {
    String orderNumber = recordedFor("Erwan Cadiou");
    try (Browser quentin = Browser.open(port, "register-decide-wrong-date")) {
      openComplaint(quentin, "quentin", orderNumber);
      quentin.type(ACTION_SUBJECT, "Relire les factures avant envoi");
      new Select(quentin.find(PERSON_IN_CHARGE)).selectByValue("bruno");
      quentin.type(DUE_DATE, "31/02/2030");
      quentin.click(DECIDE);
      assertThat(quentin.text(DECISION_ERROR)).isEqualTo(
          "La date d'échéance « 31/02/2030 » n'est pas une date : saisissez-la au format JJ/MM/AAAA, par exemple 31/12/2026.");
      assertThat(actionsOf(orderNumber)).isEmpty();
      quentin.screenshot("wrong-date");
    }
  }

  @Test
  void theAuditorNeitherDecidesNorLinksActions() {
    String agency = newAgency();
    String complaint = recordedIn(agency, "Nolwenn Guivarc'h");
    String action = as("quentin", () -> correctiveActions.record(new NewAction("Former l'accueil au registre", "bruno",
        LocalDate.of(2030, 6, 30), null, agency, List.of(complaint)))).action().orderNumber();
    try (Browser audrey = Browser.open(port, "register-auditor-actions")) {
      openComplaint(audrey, "audrey", complaint);
      assertThat(audrey.text(ACTIONS)).isEqualTo("Actions correctives\n" + action + " : Former l'accueil au registre (En cours)");
      assertThat(audrey.all(FORMS)).isEmpty();
      audrey.go("/registre/action.html?n=" + action);
      audrey.waitForText("Action corrective " + action);
      assertThat(audrey.all(FORMS)).as("no link form").isEmpty();
      audrey.go("/registre/");
      audrey.waitUntil(browser -> !audrey.text(COUNT).isEmpty());
      assertThat(audrey.all(NEW_ACTION)).isEmpty();
      audrey.screenshot("no-action-forms");
    }
  }

  private static byte[] minimalPdf() {
    List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    StringBuilder xref = new StringBuilder("xref\n0 4\n0000000000 65535 f \n");
    for (int i = 0; i < objects.size(); i++) {
      xref.append(String.format("%010d 00000 n \n", pdf.length()));
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xrefStart = pdf.length();
    pdf.append(xref).append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(xrefStart).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A complaint received today in an agency of its own, recorded by alice. */
  private String recordedFor(String clientName) {
    return recordedIn(newAgency(), clientName);
  }

  private String recordedIn(String agency, String clientName) {
    Map<String, Object> form = complaintForm(agency, LocalDate.now(PARIS).toString());
    form.put("clientName", clientName);
    return record(form).getBusinessKey();
  }

  private List<String> actionsOf(String complaint) {
    return as("quentin", () -> complaints.detail(complaint)).actions().stream().map(LinkedAction::orderNumber).toList();
  }

  private static void openComplaint(Browser browser, String user, String orderNumber) {
    browser.logIn("tasklist", user);
    browser.go("/registre/reclamation.html?n=" + orderNumber);
    browser.waitForText("Réclamation " + orderNumber);
  }

  private static void recordAsAlice(Browser alice, String agency) {
    alice.logIn("tasklist", "alice");
    alice.click(START_PROCESS);
    alice.click(COMPLAINT_PROCESS);
    alice.type(field("ClientName"), CLIENT);
    alice.type(field("Agency"), agency);
    alice.click(agencyChoice(agency));
    alice.type(field("Subject"), "Facture reçue deux fois");
    alice.type(field("ProductOrService"), "Forfait code de la route");
    alice.type(field("ClientEmail"), "helene.gerome@exemple.fr");
    alice.click(START_BUTTON);
  }

  private static void searchClient(Browser browser) {
    search(browser, "HELENE gerome");
  }

  private static void search(Browser browser, String text) {
    browser.waitUntil(driver -> !browser.text(COUNT).isEmpty());
    browser.retype(SEARCH, text);
    browser.click(SEARCH_BUTTON);
  }

  private List<RegisterRow> rowsOf(String agency) {
    return listed(agency, null, null).content();
  }
}
