package fr.complaintregister.history;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.ComplaintDetail;
import fr.complaintregister.complaint.ComplaintNotFoundException;
import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.ComplaintService;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.complaint.Withdrawal;
import fr.complaintregister.history.InstanceHistory.DeadlineCheck;
import fr.complaintregister.history.InstanceHistory.Field;
import fr.complaintregister.history.InstanceHistory.Operation;
import fr.complaintregister.history.InstanceHistory.TakenFlow;
import fr.complaintregister.history.ProcessHistory.Trail;
import fr.complaintregister.improvement.ActionDetail;
import fr.complaintregister.improvement.ActionNotFoundException;
import fr.complaintregister.improvement.CorrectiveActions;
import fr.complaintregister.process.ExecutedPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a complaint or corrective action for an auditor: read through the register's own services (which
 * check the reader's role and agency) and Camunda's history of its process. Never writes anything. A row of an agency
 * the reader may not read is not found, as an unknown number is: the refusal would tell that it exists.
 */
@Service
public class AuditTrail {

  private final ComplaintRegister register;
  private final ComplaintService complaints;
  private final CorrectiveActions actions;
  private final ProcessHistory processHistory;
  private final ExecutedPath executedPath;
  private final PersonNames personNames;
  private final Messages messages;
  private final Clock clock;

  AuditTrail(ComplaintRegister register, ComplaintService complaints, CorrectiveActions actions,
             ProcessHistory processHistory, ExecutedPath executedPath, PersonNames personNames, Messages messages,
             Clock clock) {
    this.register = register;
    this.complaints = complaints;
    this.actions = actions;
    this.processHistory = processHistory;
    this.executedPath = executedPath;
    this.personNames = personNames;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public InstanceHistory of(String orderNumber) {
    if (register.find(orderNumber).isPresent()) {
      ComplaintDetail detail = ofReadableAgency(() -> complaints.detail(orderNumber),
          () -> new ComplaintNotFoundException(orderNumber));
      RegisterEntry row = detail.complaint();
      return history(orderNumber, row.origin(), row.agency(), row.processInstanceId(), deadlines(row),
          detail.withdrawal(), detail);
    }
    ActionDetail detail = ofReadableAgency(() -> actions.detail(orderNumber),
        () -> new ActionNotFoundException(orderNumber));
    return history(orderNumber, detail.action().getOrigin(), detail.action().agency(),
        detail.action().processInstanceId(), List.of(), null, detail);
  }

  private static <T> T ofReadableAgency(Supplier<T> detail, Supplier<RuntimeException> notFound) {
    try {
      return detail.get();
    } catch (AccessRefusedException refused) {
      if ("agency".equals(refused.field())) {
        throw notFound.get();
      }
      throw refused;
    }
  }

  private InstanceHistory history(String orderNumber, Origin origin, String agency,
                                  String processInstanceId, List<DeadlineCheck> deadlines, Withdrawal withdrawal,
                                  Object register) {
    if (processInstanceId == null) {
      // An imported row not taken up has no process, only its register row.
      return new InstanceHistory(orderNumber, origin, agency, null, null, null, null, deadlines, List.of(), List.of(),
          List.of(), List.of(), register);
    }
    HistoricProcessInstance instance = processHistory.instance(processInstanceId);
    if (instance == null) {
      // The engine hides the history from a role that does not follow complaints (the front desk).
      throw new AccessRefusedException(null, messages.get("error.access.history"));
    }
    Trail trail = processHistory.trail(instance);
    List<TakenFlow> flowsTaken = executedPath.taken(instance.getId()).stream()
        .map(flow -> new TakenFlow(flow.sequenceFlowId(), flow.takenAt())).toList();
    return new InstanceHistory(orderNumber, origin, agency, instance.getId(), instance.getProcessDefinitionId(),
        processHistory.parisTime(instance.getStartTime()), processHistory.parisTime(instance.getEndTime()), deadlines,
        trail.steps(), flowsTaken, withWithdrawal(trail.operations(), withdrawal, instance), trail.comments(), register);
  }

  /**
   * The engine logs no operation for the message that withdraws a complaint through its process: the register's
   * record of the withdrawal tells who withdrew it and when.
   */
  private List<Operation> withWithdrawal(List<Operation> operations, Withdrawal withdrawal,
                                         HistoricProcessInstance instance) {
    if (withdrawal == null) {
      return operations;
    }
    List<Operation> all = new ArrayList<>(operations);
    all.add(new Operation(withdrawal.at(), personNames.forOneHistory().apply(withdrawal.by()),
        messages.get("history.operation.withdrawal"), null,
        List.of(new Field(messages.get("field.kind"), messages.get("withdrawalKind." + withdrawal.kind().name())),
            new Field(messages.get("field.reason"), withdrawal.reason())),
        instance.getProcessDefinitionName()));
    all.sort(Comparator.comparing(Operation::at));
    return all;
  }

  /** The complaint's two legal deadlines (a review has none), each an inclusive day. */
  private List<DeadlineCheck> deadlines(RegisterEntry row) {
    if (row.acknowledgementDueDate() == null) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    // Closed without it (withdrawn): missed if its day had passed by then, else nothing was owed any more.
    LocalDate closedOn = ComplaintStatus.CLOSED.contains(row.status())
        ? Objects.requireNonNullElse(row.closureDate(), today) : null;
    return List.of(
        check("history.deadline.acknowledgement", row.acknowledgementDueDate(), row.acknowledgementDate(), closedOn, today),
        check("history.deadline.answer", row.answerDueDate(), row.answerDate(), closedOn, today));
  }

  private DeadlineCheck check(String label, LocalDate due, LocalDate done, LocalDate closedOn, LocalDate today) {
    return new DeadlineCheck(messages.get(label), due, done, DueDays.met(due, done, closedOn, today));
  }
}
