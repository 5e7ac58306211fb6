package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintSettings;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Offers the answer form with the configured recourse options already written. */
@Component("prepareAnswer")
public class PrepareAnswerListener implements TaskListener {

  private final ComplaintSettings settings;

  public PrepareAnswerListener(ComplaintSettings settings) {
    this.settings = settings;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getVariable(ProcessVariables.RECOURSE_OPTIONS) == null) {
      task.getExecution().setVariable(ProcessVariables.RECOURSE_OPTIONS, settings.defaultRecourseOptions());
    }
  }
}
