package fr.complaintregister.improvement;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.AgencyDirectory;
import fr.complaintregister.complaint.AgencyMember;
import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.ControlCharacters;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.OpenTasks;
import fr.complaintregister.complaint.OrderNumbers;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The corrective actions' use cases: recorded by the quality manager or the direction, then moved by their process. */
@Service
public class CorrectiveActions {

  /** Who decides and checks actions. */
  private static final List<String> DECIDERS = List.of(Role.QUALITE.groupId(), Role.DIRECTION.groupId());

  private final ActionRegister actions;
  private final ActionProcess process;
  private final ComplaintRegister complaints;
  private final FollowUpLog complaintLog;
  private final ComplaintAccess access;
  private final AgencyDirectory agencies;
  private final OrderNumbers orderNumbers;
  private final OpenTasks openTasks;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final Clock clock;

  public CorrectiveActions(ActionRegister actions, ActionProcess process, ComplaintRegister complaints, FollowUpLog complaintLog,
                           ComplaintAccess access, AgencyDirectory agencies, OrderNumbers orderNumbers,
                           OpenTasks openTasks, CurrentUser currentUser, Messages messages, Clock clock) {
    this.actions = actions;
    this.process = process;
    this.complaints = complaints;
    this.complaintLog = complaintLog;
    this.access = access;
    this.agencies = agencies;
    this.orderNumbers = orderNumbers;
    this.openTasks = openTasks;
    this.currentUser = currentUser;
    this.messages = messages;
    this.clock = clock;
  }

  /** Records a decided action with its own order number and starts it at "carry out", all or nothing. */
  @Transactional
  public ActionDetail record(NewAction submitted) {
    checkMayDecide();
    String agency = agencyToDecideIn(submitted.agency());
    List<String> sources = submitted.sources() == null ? List.of() : List.copyOf(submitted.sources());
    sources.forEach(source -> checkSource(source, agency));
    ActionDecision decision = checked(new ActionDecision(submitted.subject(), submitted.personInCharge(),
        submitted.dueDate(), submitted.checkDate()), agency);
    LocalDate today = LocalDate.now(clock);
    int sequence = orderNumbers.next(agency, today.getYear());
    String orderNumber = OrderNumbers.format(today.getYear(), agency, sequence);
    actions.insert(new CorrectiveAction(orderNumber, agency, today, currentUser.id(), decision.subject(),
        decision.personInCharge(), decision.dueDate(), decision.checkDate(), null, ActionStatus.DECIDED, false, null),
        today.getYear(), sequence, sources);
    actions.log().add(orderNumber, currentUser.id(), decidedLine(decision));
    sources.forEach(source -> complaintsLog(source, orderNumber));
    actions.recordProcess(orderNumber, process.start(orderNumber, agency));
    return detail(orderNumber);
  }

  /**
   * Links one more source to an open action, so that one action answers several rows. Linking a row twice is
   * refused rather than ignored: the caller learns the link already existed and no follow-up line is repeated.
   */
  @Transactional
  public ActionDetail link(String orderNumber, String source) {
    checkMayDecide();
    CorrectiveAction action = actions.get(orderNumber);
    access.checkMayRecordIn(action.agency());
    if (action.status() == ActionStatus.CLOSED) {
      throw invalid(null, messages.get("error.action.closed", orderNumber));
    }
    String sourceOrderNumber = source == null ? "" : source.strip();
    if (sourceOrderNumber.isEmpty()) {
      throw invalid("orderNumber", messages.get("error.required", messages.get("field.action.link")));
    }
    if (ControlCharacters.foundIn(sourceOrderNumber)) {
      throw invalid("orderNumber", messages.get("error.controlCharacter", messages.get("field.action.link")));
    }
    RegisterEntry entry = complaints.find(sourceOrderNumber)
        .orElseThrow(() -> invalid("orderNumber", messages.get("error.action.unknownLink", sourceOrderNumber)));
    access.readable(entry);
    checkSameAgency(entry, action.agency(), "orderNumber");
    if (actions.sources(orderNumber).contains(sourceOrderNumber)) {
      throw invalid("orderNumber", messages.get("error.action.alreadyLinked", sourceOrderNumber, orderNumber));
    }
    actions.addSource(orderNumber, sourceOrderNumber);
    complaintLog.add(sourceOrderNumber, currentUser.id(), messages.get("followUp.action.attached", orderNumber));
    actions.log().add(orderNumber, currentUser.id(), messages.get("followUp.action.sourceLinked", sourceOrderNumber));
    return detail(orderNumber);
  }

  /** Who may be put in charge of an action of the agency: the choices of the form that decides it. */
  @Transactional(readOnly = true)
  public List<AgencyMember> peopleInCharge(String agency) {
    checkMayDecide();
    return agencies.peopleInCharge(agencyToDecideIn(agency));
  }

  /** The agencies in which the caller may decide an action by hand, in order. */
  @Transactional(readOnly = true)
  public List<String> agenciesToDecideIn() {
    checkMayDecide();
    AgencyScope scope = currentUser.agencies();
    return scope.everyAgency() ? agencies.codes() : scope.agencies().stream().sorted().toList();
  }

  /** The agency named, which must exist (else 400) and be one of the caller's (else 403). */
  private String agencyToDecideIn(String submitted) {
    String agency = submitted == null ? "" : submitted.strip();
    if (agency.isEmpty()) {
      throw invalid("agency", messages.get("error.required", messages.get("field.agency")));
    }
    if (!agencies.exists(agency)) {
      throw invalid("agency", messages.get("error.unknownAgency", agency));
    }
    access.checkMayRecordIn(agency);
    return agency;
  }

  /** Only the quality manager and the direction decide, link, check and take up actions. */
  public void checkMayDecide() {
    if (!currentUser.isOneOf(List.of(), DECIDERS)) {
      throw new AccessRefusedException(null, messages.get("error.access.action"));
    }
  }

  @Transactional(readOnly = true)
  public ActionDetail detail(String orderNumber) {
    CorrectiveAction action = readable(orderNumber);
    return new ActionDetail(action, actions.sources(orderNumber), actions.log().of(orderNumber));
  }

  /** The action's tasks open now that the caller may see in Tasklist. */
  @Transactional(readOnly = true)
  public List<OpenTasks.OpenTask> openTasks(String orderNumber) {
    readable(orderNumber);
    return openTasks.of(orderNumber);
  }

  private CorrectiveAction readable(String orderNumber) {
    CorrectiveAction action = actions.get(orderNumber);
    if (!access.readableAgencies().includes(action.agency())) {
      throw new AccessRefusedException("agency", messages.get("error.access.agency", action.agency()));
    }
    return action;
  }

  /** The person in charge took up the action. */
  public void started(String orderNumber) {
    actions.updateStatus(orderNumber, ActionStatus.IN_PROGRESS, null);
  }

  /** The person in charge reports the action carried out: its effectiveness is checked next. */
  public void carriedOut(String orderNumber, String report) {
    actions.updateStatus(orderNumber, ActionStatus.CHECKING, null);
    actions.log().add(orderNumber, currentUser.id(), withNote(messages.get("followUp.action.carriedOut"), report));
  }

  /** The quality manager checked the action: closed when it worked, to be decided again when not. */
  public void effectivenessChecked(String orderNumber, boolean effective, String note) {
    LocalDate today = LocalDate.now(clock);
    actions.updateStatus(orderNumber, effective ? ActionStatus.CLOSED : ActionStatus.DECIDED, effective ? today : null);
    actions.log().add(orderNumber, currentUser.id(), withNote(
        messages.get(effective ? "followUp.action.effective" : "followUp.action.notEffective"), note));
  }

  /** The quality manager decided the action again; the former decision stays in its log. */
  public void decidedAgain(String orderNumber, ActionDecision decision) {
    CorrectiveAction action = actions.get(orderNumber);
    ActionDecision valid = checked(decision, action.agency());
    actions.redecide(orderNumber, action.decidedBy(), valid);
    actions.log().add(orderNumber, currentUser.id(), decidedLine(valid));
  }

  /** A deadline timer fired: a follow-up line, and an overdue mark when late. */
  public void alert(String orderNumber, boolean late) {
    CorrectiveAction action = actions.get(orderNumber);
    if (late) {
      actions.markOverdue(orderNumber);
    }
    actions.log().add(orderNumber, messages.get("followUp.systemAuthor"), messages.get(
        late ? "followUp.action.late" : "followUp.action.reminder", action.dueDate().format(FrenchDate.FORMAT)));
  }

  /** An unknown source is a mistake in the body, not a missing resource: 400, not 404. */
  private void checkSource(String source, String agency) {
    RegisterEntry entry = complaints.find(source)
        .orElseThrow(() -> invalid("sources", messages.get("error.action.unknownSource", source)));
    access.readable(entry);
    checkSameAgency(entry, agency, "sources");
  }

  /** An action belongs to one agency, whose people alone see it: it answers that agency's rows only. */
  private void checkSameAgency(RegisterEntry source, String agency, String field) {
    if (!source.agency().equals(agency)) {
      throw invalid(field, messages.get("error.action.otherAgency", source.orderNumber(), source.agency(), agency));
    }
  }

  private ActionDecision checked(ActionDecision decision, String agency) {
    List<FieldError> errors = new ArrayList<>();
    String subject = decision.subject() == null ? "" : decision.subject().strip();
    String personInCharge = decision.personInCharge() == null ? "" : decision.personInCharge().strip();
    if (subject.isEmpty()) {
      errors.add(new FieldError("subject", messages.get("error.required", messages.get("field.action.subject"))));
    } else if (subject.length() > 2000) {
      errors.add(new FieldError("subject", messages.get("error.tooLong", messages.get("field.action.subject"), 2000)));
    } else if (ControlCharacters.foundIn(subject)) {
      errors.add(new FieldError("subject", messages.get("error.controlCharacter", messages.get("field.action.subject"))));
    }
    if (personInCharge.isEmpty()) {
      errors.add(new FieldError("personInCharge",
          messages.get("error.required", messages.get("field.action.personInCharge"))));
    } else if (ControlCharacters.foundIn(personInCharge)) {
      errors.add(new FieldError("personInCharge",
          messages.get("error.controlCharacter", messages.get("field.action.personInCharge"))));
    } else if (!agencies.mayBeInCharge(personInCharge, agency)) {
      errors.add(new FieldError("personInCharge", messages.get("error.action.personInCharge", personInCharge, agency)));
    }
    if (decision.dueDate() == null) {
      errors.add(new FieldError("dueDate", messages.get("error.required", messages.get("field.action.dueDate"))));
    }
    // Unless chosen, effectiveness is checked a month after the due date.
    LocalDate checkDate = decision.checkDate() == null && decision.dueDate() != null
        ? decision.dueDate().plusMonths(1) : decision.checkDate();
    if (checkDate != null && decision.dueDate() != null && checkDate.isBefore(decision.dueDate())) {
      errors.add(new FieldError("checkDate", messages.get("error.action.checkBeforeDue")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ActionDecision(subject, personInCharge, decision.dueDate(), checkDate);
  }

  private String decidedLine(ActionDecision decision) {
    return messages.get("followUp.action.decided", decision.subject(), decision.personInCharge(),
        decision.dueDate().format(FrenchDate.FORMAT), decision.checkDate().format(FrenchDate.FORMAT));
  }

  private void complaintsLog(String source, String actionOrderNumber) {
    complaintLog.add(source, currentUser.id(), messages.get("followUp.action.linked", actionOrderNumber));
  }

  private static String withNote(String line, String note) {
    return note == null || note.isBlank() ? line : line + " " + note.strip();
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }
}
