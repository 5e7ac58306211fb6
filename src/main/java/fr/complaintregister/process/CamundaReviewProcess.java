package fr.complaintregister.process;

import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.ReviewProcess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

@Component
class CamundaReviewProcess implements ReviewProcess {

  static final String PROCESS_KEY = "review";

  private final RuntimeService runtimeService;
  private final Messages messages;

  CamundaReviewProcess(RuntimeService runtimeService, Messages messages) {
    this.runtimeService = runtimeService;
    this.messages = messages;
  }

  /** Started with the caller's engine rights, as from Tasklist: only those who may record reviews may start it. */
  @Override
  public String start(Map<String, Object> submittedFields) {
    return RecordingStart.orderNumberOf(runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .setVariables(submittedFields), messages.get("error.access.recordReview"));
  }
}
