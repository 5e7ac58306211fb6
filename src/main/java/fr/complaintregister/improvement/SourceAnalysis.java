package fr.complaintregister.improvement;

import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.RegisterEntry;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quality manager's analysis of a register row that may call for a corrective action: a complaint whose answer
 * names dysfunctions, or a negative review. It ends in a new action, a link to an action under way (one action may
 * answer several rows), or a reason why none is needed, written to the row's follow-up log.
 */
@Service
public class SourceAnalysis {

  private final CorrectiveActions actions;
  private final ActionRegister actionRegister;
  private final ComplaintRegister rows;
  private final FollowUpLog rowLog;
  private final CurrentUser currentUser;
  private final Messages messages;

  SourceAnalysis(CorrectiveActions actions, ActionRegister actionRegister, ComplaintRegister rows, FollowUpLog rowLog,
                 CurrentUser currentUser, Messages messages) {
    this.actions = actions;
    this.actionRegister = actionRegister;
    this.rows = rows;
    this.rowLog = rowLog;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** Records what the analysis of the row concluded, all or nothing. */
  @Transactional
  public void conclude(String source, AnalysisOutcome outcome) {
    actions.checkMayDecide();
    RegisterEntry row = rows.get(source);
    if (outcome instanceof AnalysisOutcome.NewAction newAction) {
      ActionDecision decision = newAction.decision();
      actions.record(new NewAction(decision.subject(), decision.personInCharge(), decision.dueDate(),
          decision.checkDate(), row.agency(), List.of(source)));
    } else if (outcome instanceof AnalysisOutcome.ExistingAction existing) {
      linkTo(existing.orderNumber(), source);
    } else if (outcome instanceof AnalysisOutcome.NoAction noAction) {
      rowLog.add(source, currentUser.id(), messages.get("followUp.analysis.noAction", noAction.reason()));
    }
  }

  /** An action chosen in a list may be typed through the engine REST API too: an unknown one is a wrong field. */
  private void linkTo(String action, String source) {
    try {
      actions.link(action, source);
    } catch (ActionNotFoundException e) {
      throw new InvalidInputException(List.of(
          new FieldError(AnalysisForm.EXISTING_ACTION, messages.get("error.action.notFound", action))));
    }
  }

  /** The actions of the row's agency a new source may still be linked to, newest first. */
  public List<CorrectiveAction> openActions(String agency) {
    return actionRegister.openIn(agency);
  }
}
