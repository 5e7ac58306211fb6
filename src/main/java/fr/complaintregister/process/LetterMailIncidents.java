package fr.complaintregister.process;

import fr.complaintregister.letter.LetterMail;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * When a letter's mail job has used up its retries, its incident marks the letter "not sent" in
 * the register, in the same transaction; retrying it in Cockpit resolves the incident and the
 * letter waits to be sent again. The engine's own incident handling stays as it is.
 */
@Component
class LetterMailIncidents extends AbstractProcessEnginePlugin implements IncidentHandler {

  /** Lazily: the letter services need the engine this plugin helps build. */
  private final ObjectProvider<LetterMail> letterMail;

  LetterMailIncidents(ObjectProvider<LetterMail> letterMail) {
    this.letterMail = letterMail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCompositeIncidentHandlersEnabled(true);
    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomIncidentHandlers());
    handlers.add(this);
    configuration.setCustomIncidentHandlers(handlers);
  }

  @Override
  public String getIncidentHandlerType() {
    return Incident.FAILED_JOB_HANDLER_TYPE;
  }

  /** The engine's main handler creates the incident; a sub-handler's answer is not used. */
  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    ofMailTask(context, letterMail.getObject()::markFailed);
    return null;
  }

  @Override
  public void resolveIncident(IncidentContext context) {
    ofMailTask(context, letterMail.getObject()::markWaiting);
  }

  @Override
  public void deleteIncident(IncidentContext context) {
    // The instance is being deleted: the letter keeps the state it had.
  }

  /**
   * Only a letter's mail job. The context of a resolved incident names no activity: its execution
   * tells the process. A job that succeeded is resolved too, once its instance has ended and its
   * variables are gone: nothing is left to mark then.
   */
  private static void ofMailTask(IncidentContext context, LongConsumer action) {
    if (context.getExecutionId() == null) {
      return;
    }
    ExecutionEntity execution = Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
    if (execution != null && CamundaLetterMailing.PROCESS_KEY.equals(execution.getProcessDefinition().getKey())
        && execution.getVariable(CamundaLetterMailing.LETTER_ID) instanceof Number letterId) {
      action.accept(letterId.longValue());
    }
  }
}
