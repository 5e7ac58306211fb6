package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.WithdrawalKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The complaint was withdrawn through the register: the withdrawal is written to its row. */
@Component("recordWithdrawal")
public class RecordWithdrawalDelegate implements JavaDelegate {

  private final ComplaintHandling handling;

  public RecordWithdrawalDelegate(ComplaintHandling handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handling.withdraw(OrderNumber.of(execution),
        WithdrawalKind.valueOf((String) execution.getVariable(ProcessVariables.WITHDRAWAL_KIND)),
        (String) execution.getVariable(ProcessVariables.WITHDRAWAL_REASON),
        (String) execution.getVariable(ProcessVariables.WITHDRAWN_BY),
        (String) execution.getVariable(ProcessVariables.REPLACED_BY));
  }
}
