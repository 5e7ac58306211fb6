package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.complaint.ComplaintRecorder;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.RegisterEntry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the submitted satisfaction questionnaire answer or review as a QS row, in one of the
 * recorder's agencies; its order number becomes the business key, and a negative one goes to
 * the quality manager.
 */
@Component("recordReview")
public class RecordReviewDelegate implements JavaDelegate {

  private final ComplaintForm form;
  private final ComplaintRecorder recorder;
  private final RegisterRecording recording;

  public RecordReviewDelegate(ComplaintForm form, ComplaintRecorder recorder, RegisterRecording recording) {
    this.form = form;
    this.recorder = recorder;
    this.recording = recording;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RegisterEntry entry = recording.record(execution, () -> form.readReview(execution.getVariables()),
        review -> review.entry().agency(),
        (review, recordedBy) -> recorder.recordReview(review, recordedBy, execution.getProcessInstanceId()));
    execution.setVariable(ProcessVariables.NEGATIVE_REVIEW, entry.status() == ComplaintStatus.TO_EXAMINE);
  }
}
