package fr.complaintregister.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Camunda history does not say which sequence flows were taken: every flow of every deployed
 * process reports its {@code take} to {@link ExecutedPath}, so the path of each instance can be
 * drawn for an auditor.
 */
@Component
public class ExecutedPathPlugin extends AbstractProcessEnginePlugin {

  private final ExecutedPath executedPath;

  public ExecutedPathPlugin(ExecutedPath executedPath) {
    this.executedPath = executedPath;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
        transition.addListener(ExecutionListener.EVENTNAME_TAKE, executedPath);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
