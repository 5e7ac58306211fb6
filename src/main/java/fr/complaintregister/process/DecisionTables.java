package fr.complaintregister.process;

import java.io.IOException;
import java.io.InputStream;
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
 * organisation's data, maintained by the quality manager, who deploys new versions from Camunda
 * Modeler. So the application deploys a table only when no version of it exists yet, and never
 * overwrites the quality manager's versions when it is upgraded or restarted.
 */
@Component
class DecisionTables extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "tables-de-decision";
  private static final String TABLES = "classpath*:bpmn/*.dmn";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT_NAME);
    List<Resource> missing = tables().stream()
        .filter(table -> decisionKeys(table).stream().anyMatch(key ->
            repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() == 0))
        .toList();
    if (!missing.isEmpty()) {
      missing.forEach(table -> deployment.addInputStream(table.getFilename(), open(table)));
      deployment.deploy();
    }
  }

  private static List<Resource> tables() {
    try {
      return Arrays.asList(new PathMatchingResourcePatternResolver().getResources(TABLES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> decisionKeys(Resource table) {
    try (InputStream in = table.getInputStream()) {
      return Dmn.readModelFromStream(in).getModelElementsByType(Decision.class).stream().map(Decision::getId).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(Resource table) {
    try {
      return table.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
