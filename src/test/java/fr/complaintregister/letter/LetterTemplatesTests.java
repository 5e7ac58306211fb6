package fr.complaintregister.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an administrator configures for the letters: templates of their own, each agency's letterhead. */
class LetterTemplatesTests {

  private static final Letterhead ANGOULEME = new Letterhead("Agence d'Angoulême", "1 place du Champ de Mars",
      "05 45 00 00 01", "123 456 789 00012", null, null, null);

  @TempDir Path folder;

  @Test
  void aTemplateInTheAdministratorsFolderReplacesTheBuiltInOneOfTheSameName() throws IOException {
    Files.writeString(folder.resolve("accuse-de-reception.html"),
        "<p>Accusé de réception façon maison : <span th:text=\"${organisation}\">x</span></p>");

    LetterTemplates templates = new LetterTemplates(new LetterSettings("Auto-école du Centre", folder.toString(), Map.of(), null));

    assertThat(templates.render(LetterKind.ACKNOWLEDGEMENT, Map.of("organisation", "Auto-école du Centre")))
        .isEqualTo("<p>Accusé de réception façon maison : <span>Auto-école du Centre</span></p>");
  }

  @Test
  void aBuiltInTemplateUsesTheLetterheadFragmentOfTheAdministratorsFolder() throws IOException {
    Files.writeString(folder.resolve("en-tete.html"), """
        <html><head><style th:fragment="style"></style></head><body>
        <div th:fragment="en-tete">En-tête maison de <span th:text="${organisation}">x</span></div>
        <div th:fragment="signature">Signature maison</div>
        </body></html>""");

    LetterTemplates templates = new LetterTemplates(new LetterSettings("Auto-école du Centre", folder.toString(), Map.of(), null));

    assertThat(templates.render(LetterKind.ACKNOWLEDGEMENT, Map.of("organisation", "Auto-école du Centre",
        "complaint", Map.of("orderNumber", "26.1601.001", "subject", "Leçon annulée",
            "receptionDate", LocalDate.of(2026, 1, 31), "answerDueDate", LocalDate.of(2026, 3, 31)))))
        .contains("En-tête maison de <span>Auto-école du Centre</span>", "Signature maison",
            "Accusé de réception de votre réclamation n° <span>26.1601.001</span>", "31 mars 2026");
  }

  @Test
  void anAdministratorsTemplateWrittenAsPlainHtmlLaysOutAsAPdf() throws IOException {
    Files.writeString(folder.resolve("accuse-de-reception.html"),
        "<p>Réclamation n°&nbsp;<span th:text=\"${number}\">x</span><br>Bien reçue&nbsp;!</p>");
    LetterTemplates templates = new LetterTemplates(new LetterSettings("Auto-école du Centre", folder.toString(), Map.of(), null));

    byte[] pdf = new LetterPdf().of(templates.render(LetterKind.ACKNOWLEDGEMENT, Map.of("number", "26.1601.001")),
        folder.toUri().toString());

    assertThat(LetterText.of(pdf)).contains("26.1601.001", "Bien reçue");
  }

  @Test
  void anAgencyWithoutLetterheadIsNamedInAFrenchRefusal() {
    Letterheads letterheads = new Letterheads(
        new LetterSettings("Auto-école du Centre", null, Map.of("1601", ANGOULEME), null), Messages.withoutContext());

    assertThat(letterheads.of("1601")).isEqualTo(ANGOULEME);
    assertThatThrownBy(() -> letterheads.of("1603")).isInstanceOf(InvalidInputException.class)
        .hasMessage("Aucun en-tête de courrier n'est configuré pour l'agence 1603 : le courrier au client ne peut pas"
            + " être émis. Demandez à l'administrateur de renseigner registre.letters.agencies.1603 (voir le README).");
  }
}
