package fr.complaintregister.history;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.ComplaintDetail;
import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.ComplaintService;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.history.InstanceHistory.DeadlineCheck;
import fr.complaintregister.improvement.ActionDetail;
import fr.complaintregister.improvement.CorrectiveActions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a complaint or corrective action for an auditor: read through the register's own services (which
 * check the reader's role and agency) and Camunda's history of its process. Never writes anything.
 */
@Service
public class AuditTrail {

  private final ComplaintRegister register;
  private final ComplaintService complaints;
  private final CorrectiveActions actions;
  private final ProcessHistory processHistory;
  private final TakenFlows takenFlows;
  private final Messages messages;
  private final Clock clock;

  AuditTrail(ComplaintRegister register, ComplaintService complaints, CorrectiveActions actions,
             ProcessHistory processHistory, TakenFlows takenFlows, Messages messages, Clock clock) {
    this.register = register;
    this.complaints = complaints;
    this.actions = actions;
    this.processHistory = processHistory;
    this.takenFlows = takenFlows;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public InstanceHistory of(String orderNumber) {
    if (register.find(orderNumber).isPresent()) {
      ComplaintDetail detail = complaints.detail(orderNumber);
      RegisterEntry row = detail.complaint();
      return history(orderNumber, row.origin(), row.agency(), row.processInstanceId(), deadlines(row), detail);
    }
    ActionDetail detail = actions.detail(orderNumber);
    return history(orderNumber, detail.action().getOrigin(), detail.action().agency(),
        detail.action().processInstanceId(), List.of(), detail);
  }

  private InstanceHistory history(String orderNumber, Origin origin, String agency,
                                  String processInstanceId, List<DeadlineCheck> deadlines, Object register) {
    if (processInstanceId == null) {
      // An imported row not taken up has no process, only its register row.
      return new InstanceHistory(orderNumber, origin, agency, null, null, null, null, deadlines, List.of(), List.of(),
          List.of(), register);
    }
    HistoricProcessInstance instance = processHistory.instance(processInstanceId);
    if (instance == null) {
      // The engine hides the history from a role that does not follow complaints (the front desk).
      throw new AccessRefusedException(null, messages.get("error.access.history"));
    }
    return new InstanceHistory(orderNumber, origin, agency, instance.getId(), instance.getProcessDefinitionId(),
        processHistory.parisTime(instance.getStartTime()), processHistory.parisTime(instance.getEndTime()), deadlines,
        processHistory.steps(instance.getId()), takenFlows.of(instance.getId()), processHistory.operations(instance.getId()),
        register);
  }

  /** The complaint's two legal deadlines (a review has none), each an inclusive day. */
  private List<DeadlineCheck> deadlines(RegisterEntry row) {
    if (row.acknowledgementDueDate() == null) {
      return List.of();
    }
    boolean closed = ComplaintStatus.CLOSED.contains(row.status());
    return List.of(
        check("history.deadline.acknowledgement", row.acknowledgementDueDate(), row.acknowledgementDate(), closed),
        check("history.deadline.answer", row.answerDueDate(), row.answerDate(), closed));
  }

  private DeadlineCheck check(String label, LocalDate due, LocalDate done, boolean closed) {
    Boolean met;
    if (done != null) {
      met = !done.isAfter(due);
    } else if (closed) {
      met = null; // withdrawn: nothing is owed any more, as the indicators count it
    } else {
      met = LocalDate.now(clock).isAfter(due) ? Boolean.FALSE : null;
    }
    return new DeadlineCheck(messages.get(label), due, done, met);
  }
}
