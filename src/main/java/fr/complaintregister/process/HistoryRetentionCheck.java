package fr.complaintregister.process;

import fr.complaintregister.complaint.Messages;
import fr.complaintregister.retention.RetentionSettings;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a deployed process or decision keeps its history less long than the register's audit
 * retention: the history cleanup would remove a complaint's history before the register may let it go. It runs once
 * the engine has deployed the models, before the job executor starts.
 */
@Component
class HistoryRetentionCheck implements SmartInitializingSingleton {

  private final RepositoryService repositoryService;
  private final RetentionSettings retention;

  HistoryRetentionCheck(RepositoryService repositoryService, RetentionSettings retention) {
    this.repositoryService = repositoryService;
    this.retention = retention;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> tooShort = tooShortHistories();
    if (!tooShort.isEmpty()) {
      throw new IllegalStateException(Messages.withoutContext().get("startup.historyTooShort", retention.years(),
          retention.longestDays(), String.join(", ", tooShort)));
    }
  }

  /** @return each latest definition that keeps its history less long than the retention, as "key (days)" */
  List<String> tooShortHistories() {
    Stream<Definition> processes = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(definition -> new Definition(definition.getKey(), definition.getHistoryTimeToLive()));
    Stream<Definition> decisions = repositoryService.createDecisionDefinitionQuery().latestVersion().list().stream()
        .map(definition -> new Definition(definition.getKey(), definition.getHistoryTimeToLive()));
    return Stream.concat(processes, decisions)
        .filter(definition -> definition.days() == null || definition.days() < retention.longestDays())
        .map(definition -> definition.key() + " (" + (definition.days() == null ? "-" : definition.days()) + ")")
        .sorted().toList();
  }

  private record Definition(String key, Integer days) {
  }
}
