package fr.complaintregister.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.IssuedLetter;
import fr.complaintregister.testing.ComplaintTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The client's letters issued as the complaint goes through its process, read back as a client would read the PDF. */
class LetterTests extends ComplaintTestSupport {

  @Autowired LetterStore store;
  @Autowired Letters letters;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void receiptIsIssuedAtRecordingWithTheComplaintItsDeadlinesAndTheAgencysLetterhead() {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(DEMO_AGENCY, "2026-01-30");
    String orderNumber = complaint.getBusinessKey();

    IssuedLetter receipt = single(orderNumber, LetterKind.RECEIPT);
    assertThat(receipt.issuedBy()).isEqualTo("alice");
    assertThat(receipt.delivery()).isEqualTo("TO_PRINT");
    assertThat(receipt.fileName()).isEqualTo("Récépissé " + orderNumber + " du 31-01-2026.pdf");
    String text = text(orderNumber, receipt);
    assertThat(text).contains("Récépissé de votre réclamation n° " + orderNumber,
        "enregistrée à notre registre des réclamations le 31 janvier 2026 à 09:30",
        "30/01/2026", "par courrier", "Jeanne Dupont", "Leçon de conduite annulée sans prévenir",
        "Forfait permis B 20 heures", "3 rue des Lilas, 16000 Angoulême",
        "Date d'échéance de l'accusé de réception : au plus tard le 9 février 2026",
        "Date d'échéance de la réponse : au plus tard le 30 mars 2026",
        "Auto-école du Centre", "Agence d'Angoulême", "12 place de l'Hôtel de Ville", "05 45 00 00 01",
        "SIRET 123 456 789 00012", "Qualiopi n° QUA-2026-0001");
    assertThat(text).doesNotContain("ORIAS");
    assertThat(followUpTexts(complaint)).contains("Courrier émis : Récépissé, « " + receipt.fileName() + " », à imprimer.");
  }

  @Test
  void lettersArePdfAWithEveryFontEmbedded() throws IOException {
    ProcessInstance complaint = receivedOn(newAgency(), today());

    String orderNumber = complaint.getBusinessKey();
    try (PDDocument pdf = Loader.loadPDF(content(orderNumber, single(orderNumber, LetterKind.RECEIPT)))) {
      String metadata = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(metadata).contains("pdfaid:part", "3").contains("pdfaid:conformance", "B");
      PDResources resources = pdf.getPage(0).getResources();
      for (var name : resources.getFontNames()) {
        assertThat(resources.getFont(name).isEmbedded()).as(name.getName()).isTrue();
      }
    }
  }

  @Test
  void acknowledgementLetterIsDatedTheDayTheTaskIsCompletedAndNamesTheAnswerDueDate() {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    clockAt("2026-02-03T14:00");

    acknowledge(complaint);

    String orderNumber = complaint.getBusinessKey();
    IssuedLetter acknowledgement = single(orderNumber, LetterKind.ACKNOWLEDGEMENT);
    assertThat(acknowledgement.issuedBy()).isEqualTo("bruno");
    assertThat(acknowledgement.issuedAt()).isEqualTo("2026-02-03T14:00");
    assertThat(text(orderNumber, acknowledgement)).contains("Le 3 février 2026",
        "Accusé de réception de votre réclamation n° " + orderNumber,
        "Nous vous apporterons une réponse au plus tard le 31 mars 2026", "Agence d'essai");
    assertThat(row(complaint).acknowledgementDate()).isEqualTo(date("2026-02-03"));
  }

  @Test
  void interimNewsLetterCarriesTheHandlersText() {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    acknowledge(complaint);
    clockAt("2026-03-02T00:00");
    fireDueTimers(complaint);

    completeAs("bruno", task("Task_InformClient", complaint),
        Map.of("followUpNote", "Nous interrogeons le moniteur ; vous aurez « notre » réponse <bientôt>."));

    String orderNumber = complaint.getBusinessKey();
    assertThat(text(orderNumber, single(orderNumber, LetterKind.INTERIM_NEWS)))
        .contains("Point d'étape sur votre réclamation n° " + orderNumber,
            "Nous interrogeons le moniteur ; vous aurez « notre » réponse <bientôt>.");
  }

  @Test
  void interimNewsWithNothingToSayIsRefusedAndNoLetterGoes() {
    clockAt("2026-01-31T09:30");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-01-31");
    acknowledge(complaint);
    clockAt("2026-03-02T00:00");
    fireDueTimers(complaint);

    assertThatThrownBy(() -> completeAs("bruno", task("Task_InformClient", complaint), Map.of()))
        .hasMessageContaining("Le champ « Note de suivi » est obligatoire.");
    assertThat(store.of(complaint.getBusinessKey())).extracting(IssuedLetter::kind)
        .containsExactly("RECEIPT", "ACKNOWLEDGEMENT");
  }

  @Test
  void answerLetterOfAPartialRejectionShowsTheGestureAndTheRecourseOptions() {
    ProcessInstance complaint = receivedOn(newAgency(), today());
    acknowledge(complaint);
    completeAs("bruno", task(complaint), Map.of(
        "outcome", "PARTIALLY_REJECTED",
        "answerText", "La leçon annulée vous est rendue ; le forfait n'est pas remboursé.",
        "recourseOptions", "Vous pouvez saisir le médiateur de l'auto-école & de la formation.",
        "commercialGesture", "Une leçon offerte",
        "commercialGestureAmount", 45));
    completeAs("sophie", task(complaint), Map.of("signatureDecision", "SIGNED"));

    String orderNumber = complaint.getBusinessKey();
    IssuedLetter answer = single(orderNumber, LetterKind.ANSWER);
    assertThat(answer.issuedBy()).isEqualTo("sophie");
    assertThat(text(orderNumber, answer)).contains("Décision : demande rejetée partiellement.",
        "La leçon annulée vous est rendue ; le forfait n'est pas remboursé.",
        "Geste commercial", "Une leçon offerte", "Montant : 45,00 €",
        "Voies de recours", "Vous pouvez saisir le médiateur de l'auto-école & de la formation.");
  }

  @Test
  void answerLetterOfAnAcceptedRequestHasNoRecourseBlock() {
    ProcessInstance complaint = receivedOn(newAgency(), today());
    acknowledge(complaint);
    completeAs("bruno", task(complaint), Map.of("outcome", "ACCEPTED", "answerText", "Nous vous remboursons la leçon."));

    String orderNumber = complaint.getBusinessKey();
    String text = text(orderNumber, single(orderNumber, LetterKind.ANSWER));
    assertThat(text).contains("Décision : demande acceptée.", "Nous vous remboursons la leçon.");
    assertThat(text).doesNotContain("Voies de recours", "Geste commercial");
  }

  @Test
  void complaintAnsweredAtOnceGetsItsReceiptAndTheAnsweredAtOnceLetter() {
    Map<String, Object> form = complaintForm(newAgency(), today());
    form.put("answeredAtOnce", true);
    form.put("outcome", "REJECTED");
    form.put("answerText", "Le forfait reste dû.");
    form.put("recourseOptions", "Vous pouvez écrire à la direction.");

    String orderNumber = as("bruno", () -> complaints.record(form).orderNumber());

    assertThat(store.of(orderNumber)).extracting(IssuedLetter::kind).containsExactly("RECEIPT", "ANSWERED_AT_ONCE");
    assertThat(text(orderNumber, single(orderNumber, LetterKind.ANSWERED_AT_ONCE))).contains(
        "à laquelle nous avons répondu dès sa réception", "Décision : demande rejetée.", "Le forfait reste dû.",
        "Voies de recours", "Vous pouvez écrire à la direction.");
  }

  @Test
  void noAnswerLetterRejectsARequestWithoutRecourseOptions() {
    String orderNumber = receivedOn(newAgency(), today()).getBusinessKey();
    // As an imported row or one answered before the check could be.
    jdbc.sql("UPDATE register_entry SET outcome = 'REJECTED', answer_text = 'Non.', recourse_options = NULL WHERE order_number = ?")
        .param(orderNumber).update();

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> letters.issueAnswer(orderNumber, false, "bruno")))
        .isInstanceOf(RecourseOptionsMissingException.class)
        .hasMessage("La réponse à la réclamation " + orderNumber
            + " rejette la demande sans voies de recours : le courrier ne peut pas être émis sans elles.");
    assertThat(store.of(orderNumber)).extracting(IssuedLetter::kind).containsExactly("RECEIPT");
  }

  @Test
  void aRefusedRecordingLeavesNoLetter() {
    String agency = newAgency();
    Map<String, Object> form = complaintForm(agency, today());
    form.put("answeredAtOnce", true);
    form.put("outcome", "ACCEPTED");
    form.put("answerText", "Nous vous remboursons.");

    assertThatThrownBy(() -> record(form, "alice")).as("alice is not qualified to answer")
        .isInstanceOf(AccessRefusedException.class);

    assertThat(jdbc.sql("SELECT COUNT(*) FROM letter WHERE order_number LIKE ?").param("%." + agency + ".%")
        .query(Long.class).single()).isZero();
  }

  private IssuedLetter single(String orderNumber, LetterKind kind) {
    List<IssuedLetter> ofKind = store.of(orderNumber).stream().filter(letter -> letter.kind().equals(kind.name())).toList();
    assertThat(ofKind).hasSize(1);
    return ofKind.get(0);
  }

  private byte[] content(String orderNumber, IssuedLetter letter) {
    return store.find(orderNumber, letter.id()).orElseThrow().content();
  }

  private String text(String orderNumber, IssuedLetter letter) {
    return LetterText.of(content(orderNumber, letter));
  }

  private static String today() {
    return LocalDate.now(PARIS).toString();
  }
}
