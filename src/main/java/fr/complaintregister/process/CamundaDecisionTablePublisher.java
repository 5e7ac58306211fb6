package fr.complaintregister.process;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.decisiontable.DecisionTablePublisher;
import fr.complaintregister.decisiontable.PublishedDecision;
import fr.complaintregister.retention.RetentionSettings;
import fr.complaintregister.security.AsTheEngine;
import fr.complaintregister.security.Role;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.stereotype.Component;

@Component
class CamundaDecisionTablePublisher implements DecisionTablePublisher {

  private static final List<String> PUBLISHING_GROUPS = List.of(Role.QUALITE.groupId(), Groups.CAMUNDA_ADMIN);

  private final RepositoryService repositoryService;
  private final AsTheEngine asTheEngine;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final DecisionTableRules rules;

  CamundaDecisionTablePublisher(RepositoryService repositoryService, AsTheEngine asTheEngine,
                                CurrentUser currentUser, Messages messages, RetentionSettings retention) {
    this.repositoryService = repositoryService;
    this.asTheEngine = asTheEngine;
    this.currentUser = currentUser;
    this.messages = messages;
    this.rules = new DecisionTableRules(messages, retention.longestDays());
  }

  @Override
  public List<PublishedDecision> publish(byte[] dmnFile) {
    if (!currentUser.isOneOf(List.of(), PUBLISHING_GROUPS)) {
      throw new AccessRefusedException(null, messages.get("error.access.decisionTables"));
    }
    return deployAsSystem(rules.check(dmnFile)).getDeployedDecisionDefinitions().stream()
        .map(decision -> new PublishedDecision(decision.getKey(), decision.getVersion(), decision.getDeploymentId()))
        .toList();
  }

  /**
   * Deployed by the system, like the shipped tables: the caller may not deploy, and must not
   * become the deployment's owner, who may delete it with its decisions' history.
   */
  private DeploymentWithDefinitions deployAsSystem(DmnModelInstance table) {
    return asTheEngine.call(() -> repositoryService.createDeployment()
        .name(DecisionTables.DEPLOYMENT_NAME)
        .addModelInstance(resourceName(table), table)
        .deployWithResult());
  }

  private static String resourceName(DmnModelInstance table) {
    return String.join("-", table.getModelElementsByType(Decision.class).stream().map(Decision::getId).toList()) + ".dmn";
  }
}
