package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.complaint.ComplaintRecorder;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.NewComplaint;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.security.Agencies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the submitted complaint in the register, in one of the recorder's agencies; its order
 * number becomes the business key. An answer given at the desk is checked next, in the same
 * transaction: refused, it leaves nothing recorded and no order number used.
 */
@Component("recordComplaint")
public class RecordComplaintDelegate implements JavaDelegate {

  private final ComplaintForm form;
  private final ComplaintAccess access;
  private final ComplaintRecorder recorder;
  private final Agencies agencies;
  private final CurrentUser currentUser;

  public RecordComplaintDelegate(ComplaintForm form, ComplaintAccess access, ComplaintRecorder recorder,
                                 Agencies agencies, CurrentUser currentUser) {
    this.form = form;
    this.access = access;
    this.recorder = recorder;
    this.agencies = agencies;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NewComplaint complaint = InvalidForm.refusedAsFormError(() -> form.read(execution.getVariables()));
    InvalidForm.refusedAsFormError(() -> access.checkMayRecordIn(complaint.agency()));
    checkInstanceBelongsTo(complaint.agency(), execution);
    agencies.openToNetwork(complaint.agency());
    RegisterEntry entry = recorder.record(complaint, currentUser.id(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(entry.orderNumber());
    execution.setVariable(ProcessVariables.ORDER_NUMBER, entry.orderNumber());
    execution.setVariable(ProcessVariables.ANSWERED_AT_ONCE, entry.answeredAtOnce());
    DeskAnswer.mark(execution, entry.answeredAtOnce());
    execution.setVariable(ProcessVariables.RECEIPT_TO_HAND_OVER,
        !Boolean.FALSE.equals(execution.getVariable(ProcessVariables.RECEIPT_TO_HAND_OVER)));
  }

  /** The instance's tenant decides who sees the complaint or review: it must be the agency of its register row. */
  static void checkInstanceBelongsTo(String agency, DelegateExecution execution) {
    if (!agency.equals(execution.getTenantId())) {
      throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
          + " has tenant " + execution.getTenantId() + " for a complaint of agency " + agency);
    }
  }
}
