package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The conventions of STYLE.md, checked on every process file so they hold as the models grow. */
class BpmnConventionsTests {

  private static final String ID = "(StartEvent|EndEvent|Task|Gateway|Timer|Flow|SubProcess)_[A-Z][A-Za-z]+";

  static Stream<Path> processFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      List<Path> bpmn = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(bpmn).isNotEmpty();
      return bpmn.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void everyProcessKeepsItsHistoryAtLeastFiveYears(Path file) {
    assertThat(read(file).getModelElementsByType(Process.class)).allSatisfy(process -> {
      assertThat(process.getName()).as("process name").isNotBlank();
      assertThat(Integer.parseInt(process.getCamundaHistoryTimeToLiveString())).as("history time to live of %s", process.getId())
          .isGreaterThanOrEqualTo(5 * 365 + 2);
    });
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void elementsHaveStableEnglishIdsAndFrenchNames(Path file) {
    BpmnModelInstance model = read(file);
    assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> {
      assertThat(node.getId()).matches(ID);
      assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
    });
    assertThat(model.getModelElementsByType(SequenceFlow.class)).allSatisfy(flow -> assertThat(flow.getId()).matches(ID));
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void flowsOutOfAGatewayAreNamedAfterTheirOutcome(Path file) {
    assertThat(read(file).getModelElementsByType(ExclusiveGateway.class))
        .flatExtracting(gateway -> gateway.getOutgoing())
        .allSatisfy(flow -> assertThat(flow.getName()).as("name of %s", flow.getId()).isNotBlank());
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void userTasksHaveAFormAndCandidateGroupsFromABean(Path file) {
    BpmnModelInstance model = read(file);
    assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).startsWith("${");
    });
    assertThat(model.getModelElementsByType(StartEvent.class))
        .filteredOn(start -> start.getParentElement() instanceof Process process && process.isCamundaStartableInTasklist())
        .allSatisfy(start -> assertThat(start.getCamundaFormRef()).as("start form").isNotBlank());
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void deadlineTimersNeverCancelTheWork(Path file) {
    assertThat(read(file).getModelElementsByType(BoundaryEvent.class))
        .allSatisfy(timer -> assertThat(timer.cancelActivity()).as("%s interrupts", timer.getId()).isFalse());
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void noScriptsAndNoClassNamesOnlySpringBeans(Path file) {
    BpmnModelInstance model = read(file);
    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    assertThat(model.getModelElementsByType(CamundaScript.class)).isEmpty();
    assertThat(model.getModelElementsByType(CamundaTaskListener.class))
        .allSatisfy(listener -> assertThat(listener.getCamundaDelegateExpression()).startsWith("${"));
    assertThat(model.getModelElementsByType(CamundaExecutionListener.class))
        .allSatisfy(listener -> assertThat(listener.getCamundaDelegateExpression()).startsWith("${"));
  }

  @ParameterizedTest
  @MethodSource("processFiles")
  void everyElementIsDrawnSoCockpitCanShowIt(Path file) {
    BpmnModelInstance model = read(file);
    Collection<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
        .map(shape -> shape.getBpmnElement().getId()).toList();
    assertThat(model.getModelElementsByType(FlowNode.class)).extracting(BaseElement::getId)
        .allSatisfy(id -> assertThat(drawn).as("diagram").contains(id));
  }

  static Stream<Path> decisionFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(file -> file.toString().endsWith(".dmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("decisionFiles")
  void everyDecisionTableIsNamedAndKeptAtLeastFiveYears(Path file) {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    assertThat(model.getModelElementsByType(Decision.class)).isNotEmpty().allSatisfy(decision -> {
      assertThat(decision.getId()).matches("[a-z][A-Za-z]+");
      assertThat(decision.getName()).as("name of %s", decision.getId()).isNotBlank();
      assertThat(decision.getCamundaHistoryTimeToLive()).as("history time to live of %s", decision.getId())
          .isGreaterThanOrEqualTo(5 * 365 + 2);
    });
  }

  private static BpmnModelInstance read(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Bpmn.validateModel(model);
    return model;
  }
}
