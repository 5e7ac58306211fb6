package fr.complaintregister.history;

import static fr.complaintregister.process.EngineDates.parisTime;

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
import java.util.function.UnaryOperator;
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
      ComplaintDetail detail = ofReadableAgency(orderNumber, () -> complaints.detail(orderNumber));
      RegisterEntry row = detail.complaint();
      return history(orderNumber, row.origin(), row.agency(), row.processInstanceId(), deadlines(row),
          detail.withdrawal(), detail);
    }
    ActionDetail detail = ofReadableAgency(orderNumber, () -> actions.detail(orderNumber));
    return history(orderNumber, detail.action().getOrigin(), detail.action().agency(),
        detail.action().processInstanceId(), List.of(), null, detail);
  }

  private static <T> T ofReadableAgency(String orderNumber, Supplier<T> detail) {
    try {
      return detail.get();
    } catch (ComplaintNotFoundException | ActionNotFoundException unknown) {
      throw new HistoryNotFoundException(orderNumber);
    } catch (AccessRefusedException refused) {
      if ("agency".equals(refused.field())) {
        throw new HistoryNotFoundException(orderNumber);
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
    UnaryOperator<String> names = personNames.forOneHistory();
    Trail trail = processHistory.trail(instance, names);
    return new InstanceHistory(orderNumber, origin, agency, instance.getId(), instance.getProcessDefinitionId(),
        parisTime(instance.getStartTime()), parisTime(instance.getEndTime()), deadlines, trail.steps(),
        executedPath.taken(instance.getId()), withWithdrawal(trail.operations(), withdrawal, instance, names),
        trail.comments(), register);
  }

  /**
   * The engine logs no operation for the message that withdraws a complaint through its process: the register's
   * record of the withdrawal tells who withdrew it and when (a row imported as withdrawn has no such record).
   */
  private List<Operation> withWithdrawal(List<Operation> operations, Withdrawal withdrawal,
                                         HistoricProcessInstance instance, UnaryOperator<String> names) {
    if (withdrawal == null || withdrawal.at() == null) {
      return operations;
    }
    List<Field> fields = new ArrayList<>(List.of(
        new Field(messages.get("field.kind"), messages.get("withdrawalKind." + withdrawal.kind().name()))));
    if (withdrawal.reason() != null && !withdrawal.reason().isBlank()) {
      fields.add(new Field(messages.get("field.reason"), withdrawal.reason()));
    }
    List<Operation> all = new ArrayList<>(operations);
    all.add(new Operation(withdrawal.at(), names.apply(withdrawal.by()), messages.get("history.operation.withdrawal"),
        null, fields, instance.getProcessDefinitionName()));
    all.sort(Comparator.comparing(Operation::at));
    return all;
  }

  /** The complaint's two legal deadlines (a review has none), each an inclusive day. */
  private List<DeadlineCheck> deadlines(RegisterEntry row) {
    if (row.acknowledgementDueDate() == null) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    // Closed without it (withdrawn): missed if its day had passed by then, else no longer owed.
    LocalDate closedOn = ComplaintStatus.CLOSED.contains(row.status())
        ? Objects.requireNonNullElse(row.closureDate(), today) : null;
    return List.of(
        check("history.deadline.acknowledgement", row.acknowledgementDueDate(), row.acknowledgementDate(), closedOn, today),
        check("history.deadline.answer", row.answerDueDate(), row.answerDate(), closedOn, today));
  }

  private DeadlineCheck check(String label, LocalDate due, LocalDate done, LocalDate closedOn, LocalDate today) {
    return new DeadlineCheck(messages.get(label), due, done, DueDays.verdict(due, done, closedOn, today));
  }
}
