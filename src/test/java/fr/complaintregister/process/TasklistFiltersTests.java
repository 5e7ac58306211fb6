package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The filters a handler finds in Tasklist on first login. */
class TasklistFiltersTests extends ComplaintTestSupport {

  @Autowired FilterService filterService;
  @Autowired TasklistFilters tasklistFilters;

  @Test
  void filtersAreThereInOrderWithTheOrderNumberColumn() {
    assertThat(filterService.createTaskFilterQuery().orderByFilterName().asc().list())
        .extracting(filter -> filter.getName() + " #" + filter.getProperties().get("priority"))
        .contains("Mes tâches #0", "Tâches de mes groupes #1", "Échéance proche ou dépassée #2", "En retard #3",
            "Toutes les tâches #4");
    assertThat(filterService.createTaskFilterQuery().filterName("Toutes les tâches").singleResult().getProperties())
        .containsEntry("variables", List.of(Map.of("name", "orderNumber", "label", "N° d'ordre"),
            Map.of("name", "clientName", "label", "Client"), Map.of("name", "subject", "label", "Objet")));
  }

  @Test
  void aFilterOfAnEarlierVersionGetsTheNewColumnsAndKeepsItsOwn() {
    Filter mine = filterService.createTaskFilterQuery().filterName("Mes tâches").singleResult();
    Map<String, Object> earlier = new HashMap<>(mine.getProperties());
    earlier.put("variables", List.of(Map.of("name", "orderNumber", "label", "Numéro")));
    filterService.saveFilter(mine.setProperties(earlier));

    tasklistFilters.createMissing();

    assertThat(filterService.getFilter(mine.getId()).getProperties().get("variables")).isEqualTo(List.of(
        Map.of("name", "orderNumber", "label", "Numéro"),
        Map.of("name", "clientName", "label", "Client"), Map.of("name", "subject", "label", "Objet")));
    assertThat(filterService.createTaskFilterQuery().filterName("Mes tâches").count()).isEqualTo(1);
  }

  @Test
  void aSecondFilterOfTheSameNameMadeByAnAdministratorDoesNotStopTheStartAndGetsTheColumns() {
    Filter copy = filterService.saveFilter(filterService.newTaskFilter("Mes tâches")
        .setQuery(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"))
        .setProperties(Map.of("priority", 0)));
    try {
      tasklistFilters.createMissing();

      assertThat(filterService.getFilter(copy.getId()).getProperties().get("variables")).isEqualTo(List.of(
          Map.of("name", "orderNumber", "label", "N° d'ordre"),
          Map.of("name", "clientName", "label", "Client"), Map.of("name", "subject", "label", "Objet")));
    } finally {
      filterService.deleteFilter(copy.getId());
    }
  }

  @Test
  void overdueListsOnlyTasksPastTheirDueDate() {
    clockAt("2026-05-04T09:00");
    Task dueIn2Days = task(receivedOn(newAgency(), "2026-04-26"));
    Task late = task(receivedOn(newAgency(), "2026-04-20"));

    assertThat(listedFor("bruno", "En retard")).contains(late.getId()).doesNotContain(dueIn2Days.getId());
  }

  @Test
  void aClaimedTaskStaysInMyGroupsTasksAndAppearsInMine() {
    clockAt("2026-05-04T09:00");
    ProcessInstance complaint = receivedOn(newAgency(), "2026-05-04");
    Task acknowledgement = task(complaint);

    assertThat(listedFor("bruno", "Tâches de mes groupes")).contains(acknowledgement.getId());
    assertThat(listedFor("bruno", "Mes tâches")).doesNotContain(acknowledgement.getId());

    taskService.claim(acknowledgement.getId(), "bruno");

    assertThat(listedFor("bruno", "Tâches de mes groupes")).contains(acknowledgement.getId());
    assertThat(listedFor("bruno", "Mes tâches")).contains(acknowledgement.getId());
    assertThat(listedFor("alice", "Tâches de mes groupes")).as("reception is not a handler group")
        .doesNotContain(acknowledgement.getId());
    assertThat(listedFor("alice", "Toutes les tâches")).as("reception records, does not answer")
        .doesNotContain(acknowledgement.getId());
    assertThat(listedFor("claire", "Toutes les tâches")).as("a handler of another agency")
        .doesNotContain(acknowledgement.getId());
    assertThat(listedFor("diane", "Toutes les tâches")).as("the direction sees every agency")
        .contains(acknowledgement.getId());
  }

  @Test
  void dueSoonListsTasksDueWithinThreeDaysOrLate() {
    clockAt("2026-05-04T09:00");
    Task dueIn10Days = task(receivedOn(newAgency(), "2026-05-04"));
    Task dueIn2Days = task(receivedOn(newAgency(), "2026-04-26"));

    assertThat(listedFor("bruno", "Échéance proche ou dépassée"))
        .contains(dueIn2Days.getId())
        .doesNotContain(dueIn10Days.getId());
  }

  private List<String> listedFor(String userId, String filterName) {
    String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    return as(userId, () -> filterService.<Task>list(filterId).stream().map(Task::getId).toList());
  }
}
