package fr.complaintregister.process;

import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15;

import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a table must be for the quality manager to publish it: one of the two tables the process
 * reads, kept in history, readable by the decision engine, and in FEEL only: any other expression
 * language (JUEL, scripts) and FEEL's external functions can call the application's beans.
 */
final class DecisionTableRules {

  private static final Logger LOG = LoggerFactory.getLogger(DecisionTableRules.class);
  private static final List<String> PUBLISHABLE_KEYS = List.of("qualification", "signingLevel");
  private static final Set<String> FEEL = Stream.of(FEEL_EXPRESSION_LANGUAGE, FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
          FEEL_EXPRESSION_LANGUAGE_DMN12, FEEL_EXPRESSION_LANGUAGE_DMN13, FEEL_EXPRESSION_LANGUAGE_DMN14,
          FEEL_EXPRESSION_LANGUAGE_DMN15)
      .map(DecisionTableRules::lowerCase).collect(Collectors.toUnmodifiableSet());
  /** JUEL's {@code ${…}} and {@code #{…}}, and FEEL's functions implemented in Java. */
  private static final Pattern CODE_ACCESS = Pattern.compile("[$#]\\{|\\bexternal\\b");
  private static final String EXPRESSION_LANGUAGE = "expressionLanguage";
  private static final String FIELD = "file";

  private final Messages messages;
  /** The register's audit retention in days: history kept less long would be cleaned up before it ends. */
  private final long minimumHistoryDays;
  /** A plain decision engine: the process engine's one parses only within a command, to deploy. */
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  DecisionTableRules(Messages messages, long minimumHistoryDays) {
    this.messages = messages;
    this.minimumHistoryDays = minimumHistoryDays;
  }

  /** @return the table, read; refused with every rule it breaks otherwise */
  DmnModelInstance check(byte[] dmnFile) {
    DmnModelInstance table = read(dmnFile);
    List<FieldError> errors = Stream.of(decisionErrors(table), languageErrors(table), codeAccessErrors(table))
        .flatMap(List::stream).toList();
    if (errors.isEmpty()) {
      errors = engineErrors(table);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return table;
  }

  private DmnModelInstance read(byte[] dmnFile) {
    if (dmnFile.length == 0) {
      throw new InvalidInputException(List.of(error("decisionTable.missingFile")));
    }
    try {
      return Dmn.readModelFromStream(new ByteArrayInputStream(dmnFile));
    } catch (ModelException e) {
      throw new InvalidInputException(List.of(error("decisionTable.unreadable")));
    }
  }

  private List<FieldError> decisionErrors(DmnModelInstance table) {
    Collection<Decision> decisions = table.getModelElementsByType(Decision.class);
    if (decisions.isEmpty()) {
      return List.of(error("decisionTable.noDecision"));
    }
    return decisions.stream().flatMap(this::errorsOf).toList();
  }

  private Stream<FieldError> errorsOf(Decision decision) {
    Stream.Builder<FieldError> errors = Stream.builder();
    if (!PUBLISHABLE_KEYS.contains(decision.getId())) {
      errors.add(error("decisionTable.unknownKey", decision.getId(), String.join(", ", PUBLISHABLE_KEYS)));
    }
    Integer historyDays = historyTimeToLive(decision);
    if (historyDays == null) {
      errors.add(error("decisionTable.historyTimeToLive", decision.getId()));
    } else if (historyDays < minimumHistoryDays) {
      errors.add(error("decisionTable.historyTooShort", decision.getId(), historyDays, minimumHistoryDays));
    }
    return errors.build();
  }

  /** @return the days the decision's history is kept, or null when it says none or not in days */
  private static Integer historyTimeToLive(Decision decision) {
    try {
      return ParseUtil.parseHistoryTimeToLive(decision.getCamundaHistoryTimeToLiveString());
    } catch (ProcessEngineException e) {
      return null;
    }
  }

  /** An element without a language of its own takes the table's, and a table without one FEEL. */
  private List<FieldError> languageErrors(DmnModelInstance table) {
    return Stream.of(Definitions.class, LiteralExpression.class, UnaryTests.class)
        .flatMap(type -> table.getModelElementsByType(type).stream())
        .filter(element -> !isFeel(element.getAttributeValue(EXPRESSION_LANGUAGE)))
        .map(element -> error("decisionTable.expressionLanguage", name(element), element.getAttributeValue(EXPRESSION_LANGUAGE)))
        .toList();
  }

  private static boolean isFeel(String expressionLanguage) {
    return expressionLanguage == null || FEEL.contains(lowerCase(expressionLanguage.strip()));
  }

  private List<FieldError> codeAccessErrors(DmnModelInstance table) {
    return table.getModelElementsByType(Text.class).stream()
        .filter(text -> text.getTextContent() != null && CODE_ACCESS.matcher(text.getTextContent()).find())
        .map(text -> error("decisionTable.codeAccess", name(text.getParentElement())))
        .toList();
  }

  private List<FieldError> engineErrors(DmnModelInstance table) {
    try {
      dmnEngine.parseDecisions(table);
      return List.of();
    } catch (DmnEngineException e) {
      // The engine's explanation is English and technical: the quality manager reads it in Modeler's own checks.
      LOG.info("Decision table refused by the DMN engine: {}", e.getMessage());
      return List.of(error("decisionTable.engine"));
    }
  }

  /** The element's id as Camunda Modeler shows it, or its kind when it has none. */
  private static String name(ModelElementInstance element) {
    String id = element.getAttributeValue("id");
    return id == null ? element.getElementType().getTypeName() : id;
  }

  private FieldError error(String key, Object... arguments) {
    return new FieldError(FIELD, messages.get(key, arguments));
  }

  private static String lowerCase(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
