package fr.complaintregister.process;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.ComplaintProcess;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

@Component
class CamundaComplaintProcess implements ComplaintProcess {

  static final String PROCESS_KEY = "complaint";

  private final RuntimeService runtimeService;
  private final Messages messages;

  CamundaComplaintProcess(RuntimeService runtimeService, Messages messages) {
    this.runtimeService = runtimeService;
    this.messages = messages;
  }

  @Override
  public String start(Map<String, Object> submittedFields) {
    try {
      return runtimeService.createProcessInstanceByKey(PROCESS_KEY)
          .setVariables(submittedFields)
          // The API's answer carries the order number and due dates: no receipt task for the caller.
          .setVariable(ProcessVariables.RECEIPT_TO_HAND_OVER, false)
          .executeWithVariablesInReturn()
          .getVariables()
          .getValue(ProcessVariables.ORDER_NUMBER, String.class);
    } catch (AuthorizationException e) {
      throw new AccessRefusedException(null, messages.get("error.access.record"));
    } catch (FormFieldValidationException e) {
      // The recording step's refusal, for the domain API to report as its own (400 or 403).
      if (e.getCause() instanceof InvalidInputException || e.getCause() instanceof AccessRefusedException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }
}
