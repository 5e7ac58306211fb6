package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.testing.FrenchMessages;
import fr.complaintregister.testing.RefusedDecisionTables;
import fr.complaintregister.testing.RefusedDecisionTables.Refused;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules a decision table must follow to be published, checked without a process engine or Spring. */
class DecisionTableRulesTests {

  /** The register's default audit retention, in days. */
  private static final long FIVE_YEARS = 1827;

  private final DecisionTableRules rules = new DecisionTableRules(FrenchMessages.messages(), FIVE_YEARS);

  @ParameterizedTest
  @ValueSource(strings = {"qualification.dmn", "signing-level.dmn"})
  void theShippedTablesMayBePublished(String fileName) {
    assertThat(rules.check(bytes(RefusedDecisionTables.shippedTable(fileName))).getDefinitions().getId()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"feel", "FEEL", "https://www.omg.org/spec/DMN/20191111/FEEL/", "http://www.omg.org/spec/FEEL/20140401",
      "HTTP://WWW.OMG.ORG/SPEC/DMN/20180521/FEEL/"})
  void feelMayBeNamedInEveryWayTheDecisionEngineKnows(String feel) {
    String table = RefusedDecisionTables.shippedTable("qualification.dmn")
        .replace("<inputEntry id=\"InputEntry_AnyCategory\">", "<inputEntry id=\"InputEntry_AnyCategory\" expressionLanguage=\"" + feel + "\">");

    assertThat(rules.check(bytes(table))).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.complaintregister.testing.RefusedDecisionTables#all")
  void aTableThatCouldRunCodeOrIsNotOneOfOursIsRefusedAndToldWhy(Refused refused) {
    assertThat(errors(bytes(refused.file()))).isNotEmpty()
        .allSatisfy(error -> assertThat(error.field()).isEqualTo("file"))
        .anySatisfy(error -> assertThat(error.message()).contains(refused.explainedBy()));
  }

  @Test
  void aTableWhoseHistoryWouldGoBeforeTheRegistersRetentionEndsIsRefused() {
    String table = RefusedDecisionTables.shippedTable("qualification.dmn")
        .replace("camunda:historyTimeToLive=\"1827\"", "camunda:historyTimeToLive=\"365\"");

    assertThat(errors(bytes(table))).extracting(FieldError::message).containsExactly(
        "La décision « qualification » ne conserve son historique que 365 jours : la durée de conservation du registre"
            + " en demande au moins 1827 (History Time To Live).");
  }

  @Test
  void aFileWithoutDecisionIsRefused() {
    String noDecision = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Empty" name="Vide"
                     namespace="https://complaintregister.fr/dmn" />
        """;

    assertThat(errors(bytes(noDecision))).extracting(FieldError::message).containsExactly("Ce fichier ne contient aucune décision.");
  }

  @Test
  void anEmptyUploadAsksForTheFile() {
    assertThat(errors(new byte[0])).extracting(FieldError::message).singleElement().asString().startsWith("Joignez la table de décision");
  }

  private List<FieldError> errors(byte[] file) {
    return catchThrowableOfType(InvalidInputException.class, () -> rules.check(file)).errors();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
