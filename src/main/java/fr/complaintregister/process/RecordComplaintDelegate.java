package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintForm;
import fr.complaintregister.complaint.ComplaintRecorder;
import fr.complaintregister.complaint.NewComplaint;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.letter.LetterKind;
import fr.complaintregister.letter.Letters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the submitted complaint in the register, in one of the recorder's agencies; its order
 * number becomes the business key. The client's receipt is issued with it, and an answer given at
 * the desk is checked next, in the same transaction: refused, either leaves nothing recorded and no
 * order number used.
 */
@Component("recordComplaint")
public class RecordComplaintDelegate implements JavaDelegate {

  private final ComplaintForm form;
  private final ComplaintRecorder recorder;
  private final RegisterRecording recording;
  private final Letters letters;

  public RecordComplaintDelegate(ComplaintForm form, ComplaintRecorder recorder, RegisterRecording recording,
                                 Letters letters) {
    this.form = form;
    this.recorder = recorder;
    this.recording = recording;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RegisterEntry entry = recording.record(execution, () -> form.read(execution.getVariables()), NewComplaint::agency,
        (complaint, recordedBy) -> recorder.record(complaint, recordedBy, execution.getProcessInstanceId()));
    InvalidForm.refusedAsFormError(() -> letters.issue(entry.orderNumber(), LetterKind.RECEIPT, entry.recordedBy()));
    execution.setVariable(ProcessVariables.ANSWERED_AT_ONCE, entry.answeredAtOnce());
    DeskAnswer.mark(execution, entry.answeredAtOnce());
    execution.setVariable(ProcessVariables.RECEIPT_TO_HAND_OVER,
        !Boolean.FALSE.equals(execution.getVariable(ProcessVariables.RECEIPT_TO_HAND_OVER)));
  }
}
