package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.complaint.ComplaintRecorder;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.NewReview;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.security.Agencies;
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
  private final ComplaintAccess access;
  private final ComplaintRecorder recorder;
  private final Agencies agencies;
  private final CurrentUser currentUser;

  public RecordReviewDelegate(ComplaintForm form, ComplaintAccess access, ComplaintRecorder recorder,
                              Agencies agencies, CurrentUser currentUser) {
    this.form = form;
    this.access = access;
    this.recorder = recorder;
    this.agencies = agencies;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NewReview review = InvalidForm.refusedAsFormError(() -> form.readReview(execution.getVariables()));
    InvalidForm.refusedAsFormError(() -> access.checkMayRecordIn(review.entry().agency()));
    RecordComplaintDelegate.checkInstanceBelongsTo(review.entry().agency(), execution);
    agencies.openToNetwork(review.entry().agency());
    RegisterEntry entry = recorder.recordReview(review, currentUser.id(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(entry.orderNumber());
    execution.setVariable(ProcessVariables.ORDER_NUMBER, entry.orderNumber());
    execution.setVariable(ProcessVariables.NEGATIVE_REVIEW, entry.status() == ComplaintStatus.TO_EXAMINE);
  }
}
