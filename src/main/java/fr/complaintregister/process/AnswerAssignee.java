package fr.complaintregister.process;

import fr.complaintregister.security.AsTheEngine;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Who finds the answer task in "Mes tâches", still offered to the qualified groups: the author of
 * an answer a signatory sent back, else the person who acknowledged the complaint; nobody when
 * that person is not qualified for the category (any longer).
 */
@Component("answerAssignee")
public class AnswerAssignee {

  private final ComplaintFacts facts;
  private final Qualification qualification;
  private final IdentityService identityService;
  private final AsTheEngine asTheEngine;

  public AnswerAssignee(ComplaintFacts facts, Qualification qualification, IdentityService identityService,
                        AsTheEngine asTheEngine) {
    this.facts = facts;
    this.qualification = qualification;
    this.identityService = identityService;
    this.asTheEngine = asTheEngine;
  }

  public String of(DelegateExecution execution, List<Map<String, Object>> qualifiedHandlers) {
    String author = (String) execution.getVariable(ProcessVariables.ANSWERED_BY);
    String person = author != null ? author : facts.acknowledgedBy(execution);
    return person != null && qualification.qualifies(person, groupsOf(person), qualifiedHandlers) ? person : null;
  }

  /** Read as the engine, not as the user at work: a handler may not list other people's groups. */
  private List<String> groupsOf(String userId) {
    return asTheEngine.call(() ->
        identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
  }
}
