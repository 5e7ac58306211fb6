package fr.complaintregister.takeup;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ComplaintDetail;
import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.ComplaintService;
import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.improvement.ActionDetail;
import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.improvement.ActionStatus;
import fr.complaintregister.improvement.CorrectiveAction;
import fr.complaintregister.improvement.CorrectiveActions;
import fr.complaintregister.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Reprendre le traitement": an open register row without a process (an imported sheet's) gets its process, at the
 * step its status says. The row is locked first, so that two people taking it up at once start one process.
 */
@Service
public class TakeUps {

  /** Who answers a complaint (handlers and above, as {@link CurrentUser#mayHandleComplaints()}), or oversees it. */
  private static final List<String> COMPLAINT_OVERSEERS = List.of(Role.QUALITE.groupId());
  private static final List<String> REVIEW_EXAMINERS = List.of(Role.QUALITE.groupId(), Role.ADMINISTRATORS);

  private final ComplaintRegister register;
  private final FollowUpLog followUps;
  private final ComplaintService complaints;
  private final ActionRegister actionRegister;
  private final CorrectiveActions actions;
  private final ComplaintAccess access;
  private final TakeUpProcess process;
  private final CurrentUser currentUser;
  private final Messages messages;

  public TakeUps(ComplaintRegister register, FollowUpLog followUps, ComplaintService complaints,
                 ActionRegister actionRegister, CorrectiveActions actions, ComplaintAccess access, TakeUpProcess process,
                 CurrentUser currentUser, Messages messages) {
    this.register = register;
    this.followUps = followUps;
    this.complaints = complaints;
    this.actionRegister = actionRegister;
    this.actions = actions;
    this.access = access;
    this.process = process;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** A complaint (its handlers, the quality manager) or a review (the quality manager). */
  @Transactional
  public ComplaintDetail complaint(String orderNumber) {
    RegisterEntry entry = access.writable(register.get(orderNumber));
    checkMayTakeUp(entry.origin());
    RegisterEntry locked = register.lock(orderNumber);
    checkWithoutProcess(orderNumber, locked.processInstanceId(), ComplaintStatus.OPEN.contains(locked.status()));
    followUps.add(orderNumber, currentUser.id(), messages.get("followUp.takenUp"));
    String processInstanceId = locked.origin() == Origin.QS
        ? process.review(orderNumber, locked.agency())
        : process.complaint(orderNumber, locked.agency(), locked.status());
    // The answer awaiting a signature on the sheet is written again in the tool (see TakeUpProcess's glue).
    register.recordTakeUp(orderNumber, processInstanceId,
        locked.status() == ComplaintStatus.AWAITING_SIGNATURE ? ComplaintStatus.IN_PROGRESS : locked.status());
    return complaints.detail(orderNumber);
  }

  /** A corrective action: those who decide actions. */
  @Transactional
  public ActionDetail action(String orderNumber) {
    actions.checkMayDecide();
    access.checkMayRecordIn(actionRegister.get(orderNumber).agency());
    CorrectiveAction locked = actionRegister.lock(orderNumber);
    checkWithoutProcess(orderNumber, locked.processInstanceId(), ActionStatus.OPEN.contains(locked.status()));
    actionRegister.log().add(orderNumber, currentUser.id(), messages.get("followUp.takenUp"));
    actionRegister.recordProcess(orderNumber, process.action(orderNumber, locked.agency(), locked.status()));
    return actions.detail(orderNumber);
  }

  private void checkMayTakeUp(Origin origin) {
    if (origin == Origin.QS && !currentUser.isOneOf(List.of(), REVIEW_EXAMINERS)) {
      throw new AccessRefusedException(null, messages.get("error.access.takeUpReview"));
    }
    if (origin != Origin.QS && !currentUser.mayHandleComplaints() && !currentUser.isOneOf(List.of(), COMPLAINT_OVERSEERS)) {
      throw new AccessRefusedException(null, messages.get("error.access.takeUpComplaint"));
    }
  }

  private void checkWithoutProcess(String orderNumber, String processInstanceId, boolean open) {
    if (processInstanceId != null) {
      throw invalid("error.takeUp.hasProcess", orderNumber);
    }
    if (!open) {
      throw invalid("error.takeUp.closed", orderNumber);
    }
  }

  private InvalidInputException invalid(String key, String orderNumber) {
    return new InvalidInputException(List.of(new FieldError("status", messages.get(key, orderNumber))));
  }
}
