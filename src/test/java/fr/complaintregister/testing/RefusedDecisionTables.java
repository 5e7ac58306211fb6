package fr.complaintregister.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tables the quality manager may not publish, one for each way a table could run the
 * application's code, escape the two tables the process reads, or not be a table at all; each
 * made from the shipped qualification table, changed in one place.
 */
public final class RefusedDecisionTables {

  /** A refused upload, and a word of the French message that tells why. */
  public record Refused(String description, String file, String explainedBy) {

    @Override
    public String toString() {
      return description;
    }
  }

  private static final String READ_THE_REGISTER = "jdbcTemplate.queryForList('select client_name from register_entry').isEmpty()";

  private RefusedDecisionTables() {
  }

  public static String shippedTable(String fileName) {
    try {
      return Files.readString(Path.of("bpmn", fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Stream<Refused> all() {
    String table = shippedTable("qualification.dmn");
    return Stream.of(
        new Refused("a JUEL input entry reading the register through jdbcTemplate",
            expression(table, "InputEntry_AnyCategory", "expressionLanguage=\"juel\"", "${" + READ_THE_REGISTER + "}"), "juel"),
        new Refused("a JavaScript output entry",
            expression(table, "OutputEntry_Handlers", "expressionLanguage=\"javascript\"", "java.lang.System.exit(1)"), "javascript"),
        new Refused("JUEL for the whole table",
            replaced(table, "namespace=\"https://complaintregister.fr/dmn\"", "namespace=\"https://complaintregister.fr/dmn\" expressionLanguage=\"juel\""),
            "Definitions_Qualification"),
        new Refused("a literal expression decision in JUEL", literalExpressionDecision("${" + READ_THE_REGISTER + "}"), "juel"),
        new Refused("a FEEL external function",
            expression(table, "OutputEntry_Handlers", "",
                "(function(code) external {java: {class: \"java.lang.System\", method signature: \"exit(int)\"}})(1)"),
            "fonction externe"),
        new Refused("an EL expression in a FEEL output entry", expression(table, "OutputEntry_Handlers", "", "\"#{jdbcTemplate}\""),
            "OutputEntry_Handlers"),
        new Refused("a decision the process does not read", table.replace("\"qualification\"", "\"routing\""), "routing"),
        new Refused("a BPMN process", shippedTable("complaint.bpmn"), "DMN lisible"),
        new Refused("malformed XML", table.substring(0, table.length() / 2), "DMN lisible"),
        new Refused("a NUL character", table.replaceFirst("<decision ", "<decision \u0000"), "DMN lisible"),
        new Refused("an HTML page with a link and a script",
            "<html><body><a href=\"http://evil.example\">Cliquez ici</a><script>alert(1)</script></body></html>", "DMN lisible"),
        new Refused("no history time to live", replaced(table, " camunda:historyTimeToLive=\"1827\"", ""), "History Time To Live"),
        new Refused("a rule without an entry for each output",
            table.replaceAll("<outputEntry id=\"OutputEntry_NoOneByName\">\\s*<text></text>\\s*</outputEntry>", ""),
            "moteur de décision"));
  }

  /** The table with one expression (input or output entry) in another language or with another text. */
  private static String expression(String table, String id, String attributes, String text) {
    Matcher entry = Pattern.compile("<(\\w+) id=\"" + id + "\">\\s*<text>[^<]*</text>").matcher(table);
    if (!entry.find()) {
      throw new IllegalArgumentException(id);
    }
    return entry.replaceFirst(Matcher.quoteReplacement("<" + entry.group(1) + " id=\"" + id + "\" " + attributes + "><text>" + text + "</text>"));
  }

  private static String replaced(String table, String from, String to) {
    if (!table.contains(from)) {
      throw new IllegalArgumentException(from);
    }
    return table.replace(from, to);
  }

  private static String literalExpressionDecision(String expression) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                     id="Definitions_Qualification" name="Qualification" namespace="https://complaintregister.fr/dmn">
          <decision id="qualification" name="Personnes qualifiées pour répondre" camunda:historyTimeToLive="1827">
            <variable id="Variable_CandidateGroups" name="candidateGroups" typeRef="string" />
            <literalExpression id="LiteralExpression_CandidateGroups" expressionLanguage="juel">
              <text>%s</text>
            </literalExpression>
          </decision>
        </definitions>
        """.formatted(expression);
  }
}
