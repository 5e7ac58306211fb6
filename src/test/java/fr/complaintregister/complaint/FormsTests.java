package fr.complaintregister.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.complaintregister.testing.FrenchMessages;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** The rules of the recording and answer forms, without an engine. */
class FormsTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private final Messages messages = FrenchMessages.messages();
  private final ComplaintForm complaintForm = new ComplaintForm(messages,
      new ComplaintSettings(List.of("FORMATION", "AUTRE"), "AUTRE", "Médiateur", Period.ofYears(5)),
      Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Paris")));
  private final AnswerForm answerForm = new AnswerForm(messages);

  @Test
  void theAnswerGoesWithTheRecordingOnlyWhenAnsweredAtOnce() {
    Map<String, Object> form = validComplaint();
    form.put("outcome", "ACCEPTED");
    form.put("answerText", "Nous vous remboursons.");
    form.put("commercialGestureAmount", 20);

    assertThat(ComplaintForm.submittedValues(form)).doesNotContainKeys("outcome", "answerText", "commercialGestureAmount");
    form.put("answeredAtOnce", true);
    assertThat(ComplaintForm.submittedValues(form)).containsEntry("outcome", "ACCEPTED")
        .containsEntry("answerText", "Nous vous remboursons.").containsEntry("commercialGestureAmount", 20);
  }

  @Test
  void theRecordingFormAsksForTheAnswerWithTheAnswerFormsFields() throws IOException {
    assertThat(keysOf("forms/complaint-answer.form")).containsExactlyElementsOf(AnswerForm.FIELDS);
    assertThat(keysOf("forms/complaint-recording.form")).containsSubsequence(ComplaintForm.ANSWERED_AT_ONCE, "outcome")
        .containsAll(AnswerForm.FIELDS);
  }

  private static List<String> keysOf(String formFile) throws IOException {
    return new ObjectMapper().readTree(Path.of(formFile).toFile()).get("components").findValuesAsText("key");
  }

  @Test
  void missingReceptionDateAndCategoryTakeTheirDefaults() {
    Map<String, Object> form = validComplaint();
    form.remove("receptionDate");
    form.remove("productCategory");
    form.put("answeredAtOnce", true);

    NewComplaint complaint = complaintForm.read(form);

    assertThat(complaint.receptionDate()).isEqualTo(TODAY);
    assertThat(complaint.productCategory()).isEqualTo("AUTRE");
    assertThat(complaint.answeredAtOnce()).isTrue();
  }

  @Test
  void textsAreTrimmedAndBlankMeansAbsent() {
    Map<String, Object> form = validComplaint();
    form.put("clientName", "  Jeanne Dupont ");
    form.put("otherParties", "   ");

    NewComplaint complaint = complaintForm.read(form);

    assertThat(complaint.clientName()).isEqualTo("Jeanne Dupont");
    assertThat(complaint.otherParties()).isNull();
  }

  @Test
  void receptionDateIsTypedTheFrenchWayAndCannotBeInTheFuture() {
    assertThat(complaintForm.read(with("receptionDate", "2026-03-10")).receptionDate()).isEqualTo(TODAY);
    assertRefused(() -> complaintForm.read(with("receptionDate", "2026-03-11")))
        .hasMessage("La date de réception ne peut pas être dans le futur.");
    assertThat(complaintForm.read(with("receptionDate", "09/03/2026")).receptionDate()).isEqualTo(TODAY.minusDays(1));
    assertRefused(() -> complaintForm.read(with("receptionDate", "31/02/2026")))
        .hasMessage("Le champ « Date de réception » doit être une date au format JJ/MM/AAAA (ou AAAA-MM-JJ).");
    assertRefused(() -> complaintForm.read(with("receptionDate", "2026/03/10")))
        .hasMessage("Le champ « Date de réception » doit être une date au format JJ/MM/AAAA (ou AAAA-MM-JJ).");
  }

  @Test
  void receptionDateOlderThanFiveYearsIsTakenForATypo() {
    assertThat(complaintForm.read(with("receptionDate", "2021-03-10")).receptionDate()).isEqualTo(LocalDate.of(2021, 3, 10));
    for (String typo : List.of("2021-03-09", "09/03/2021", "1926-03-01", "1582-10-10", "0000-01-01", "-0001-01-01", "01/01/0000")) {
      assertRefused(() -> complaintForm.read(with("receptionDate", typo))).as(typo)
          .hasMessage("La date de réception ne peut pas être antérieure au 10/03/2021 : vérifiez l'année saisie.");
    }
  }

  @Test
  void theClientMustBeReachableByMailOrPost() {
    Map<String, Object> form = validComplaint();
    form.remove("clientAddress");
    assertRefused(() -> complaintForm.read(form))
        .hasMessage("Indiquez au moins une adresse e-mail ou une adresse postale pour répondre au client.");

    form.put("clientEmail", "jeanne.dupont@example.org");
    assertThat(complaintForm.read(form).clientEmail()).isEqualTo("jeanne.dupont@example.org");

    form.put("clientEmail", "jeanne.dupont");
    assertRefused(() -> complaintForm.read(form)).hasMessage("L'adresse e-mail du client n'est pas valide.");
  }

  @Test
  void codesOutsideTheirListsAreRefused() {
    assertRefused(() -> complaintForm.read(with("productCategory", "VOYAGE")))
        .hasMessage("La valeur « VOYAGE » n'est pas admise pour le champ « Catégorie du produit ou service ».");
    assertRefused(() -> complaintForm.read(with("origin", "XY")))
        .hasMessage("La valeur « XY » n'est pas admise pour le champ « Origine ».");
    assertRefused(() -> complaintForm.read(with("agency", "16.01")))
        .hasMessage("Le code agence ne doit contenir que des lettres et des chiffres (10 au plus).");
  }

  @Test
  void tooLongTextIsRefused() {
    assertRefused(() -> complaintForm.read(with("clientName", "x".repeat(201))))
        .hasMessage("Le champ « Nom du client » ne doit pas dépasser 200 caractères.");
  }

  @Test
  void rejectionWithoutRecourseOptionsIsRefusedWhateverTheBlank() {
    for (String outcome : List.of("REJECTED", "PARTIALLY_REJECTED")) {
      assertRefused(() -> answerForm.read(answer(outcome, null)))
          .hasMessageContaining("doit indiquer au client les voies de recours");
      assertRefused(() -> answerForm.read(answer(outcome, " \n ")))
          .hasMessageContaining("doit indiquer au client les voies de recours");
      assertThat(answerForm.read(answer(outcome, "Médiateur")).recourseOptions()).isEqualTo("Médiateur");
    }
  }

  @Test
  void acceptedAnswerKeepsNoRecourseOptions() {
    assertThat(answerForm.read(answer("ACCEPTED", "Médiateur")).recourseOptions()).isNull();
  }

  @Test
  void commercialGestureIsAnAmountInEuros() {
    Map<String, Object> answer = answer("ACCEPTED", null);
    answer.put("commercialGestureAmount", 45.5);
    assertThat(answerForm.read(answer).commercialGestureAmount()).isEqualByComparingTo(new BigDecimal("45.50"));

    answer.put("commercialGestureAmount", -1);
    assertRefused(() -> answerForm.read(answer)).hasMessage(
        "Le champ « Montant du geste commercial » doit être un nombre positif en euros, avec au plus deux décimales et dix chiffres avant la virgule.");
  }

  @Test
  void everyWrongFieldIsReported() {
    assertThatThrownBy(() -> answerForm.read(Map.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactlyInAnyOrder("outcome", "answerText"));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Runnable reading) {
    return assertThatThrownBy(reading::run).isInstanceOf(InvalidInputException.class);
  }

  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> form = validComplaint();
    form.put(field, value);
    return form;
  }

  private static Map<String, Object> validComplaint() {
    Map<String, Object> form = new HashMap<>();
    form.put("clientName", "Jeanne Dupont");
    form.put("receptionDate", "2026-03-09");
    form.put("subject", "Leçon annulée");
    form.put("productOrService", "Forfait 20 heures");
    form.put("productCategory", "FORMATION");
    form.put("agency", "1601");
    form.put("origin", "FS");
    form.put("channel", "presentiel");
    form.put("clientAddress", "3 rue des Lilas");
    return form;
  }

  private static Map<String, Object> answer(String outcome, String recourseOptions) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("outcome", outcome);
    answer.put("answerText", "Réponse");
    answer.put("recourseOptions", recourseOptions);
    return answer;
  }
}
