package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintProcess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaComplaintProcess implements ComplaintProcess {

  static final String PROCESS_KEY = "complaint";

  private final RuntimeService runtimeService;

  CamundaComplaintProcess(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public String start(Map<String, Object> submittedFields) {
    return runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .setVariables(submittedFields)
        .executeWithVariablesInReturn()
        .getVariables()
        .getValue(ProcessVariables.ORDER_NUMBER, String.class);
  }
}
