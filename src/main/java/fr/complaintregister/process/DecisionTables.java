package fr.complaintregister.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The decision tables in {@code bpmn/*.dmn} (who is qualified, who must sign) are the
 * organisation's data, maintained by the quality manager, who publishes new versions through
 * {@code POST /api/decision-tables} ({@link CamundaDecisionTablePublisher}). So the application
 * deploys a table only when no version of it exists yet, and never overwrites the quality
 * manager's versions when it is upgraded or restarted.
 */
@Component
class DecisionTables extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "tables-de-decision";
  private static final String TABLES = "classpath*:bpmn/*.dmn";

  /** A table file as shipped with the application. */
  private record Table(String fileName, byte[] content) {

    List<String> decisionKeys() {
      return Dmn.readModelFromStream(new ByteArrayInputStream(content)).getModelElementsByType(Decision.class)
          .stream().map(Decision::getId).toList();
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    List<Table> missing = shippedTables().stream()
        .filter(table -> table.decisionKeys().stream().anyMatch(key ->
            repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() == 0))
        .toList();
    if (!missing.isEmpty()) {
      DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT_NAME);
      missing.forEach(table -> deployment.addInputStream(table.fileName(), new ByteArrayInputStream(table.content())));
      deployment.deploy();
    }
  }

  private static List<Table> shippedTables() {
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(TABLES);
      return Arrays.stream(files).map(DecisionTables::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Table read(Resource file) {
    try {
      return new Table(file.getFilename(), file.getContentAsByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
