package fr.complaintregister.process;

import static fr.complaintregister.process.DueInstants.dayAfter;
import static fr.complaintregister.process.DueInstants.lastMomentOf;
import static fr.complaintregister.process.DueInstants.startOf;

import fr.complaintregister.complaint.AgencyDirectory;
import fr.complaintregister.improvement.ActionRegister;
import fr.complaintregister.improvement.CorrectiveAction;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The corrective action process's timers, task due dates and person in charge, read from the action's row. */
@Component("actionTimers")
public class ActionTimers {

  private final ActionRegister actions;
  private final TimerSettings settings;
  private final ComplaintTimers complaintTimers;
  private final AgencyDirectory agencies;

  public ActionTimers(ActionRegister actions, TimerSettings settings, ComplaintTimers complaintTimers,
                      AgencyDirectory agencies) {
    this.actions = actions;
    this.settings = settings;
    this.complaintTimers = complaintTimers;
    this.agencies = agencies;
  }

  /**
   * The task's assignee: the person in charge when they are a user of the agency. An imported sheet names people as
   * typed ("Bruno Lefèvre"): such a task stays with its candidate group, the quality manager.
   */
  public String personInCharge(String orderNumber) {
    CorrectiveAction action = action(orderNumber);
    return agencies.mayBeInCharge(action.personInCharge(), action.agency()) ? action.personInCharge() : null;
  }

  public Date carryOutDue(String orderNumber) {
    return lastMomentOf(action(orderNumber).dueDate());
  }

  public Date reminder(String orderNumber) {
    return startOf(action(orderNumber).dueDate().minusDays(settings.actionReminderDaysBefore()));
  }

  public Date escalation(String orderNumber) {
    return dayAfter(action(orderNumber).dueDate());
  }

  public Date checkDue(String orderNumber) {
    return lastMomentOf(action(orderNumber).checkDate());
  }

  public Date lateTaskDue(String orderNumber) {
    return complaintTimers.lateTaskDueIn(action(orderNumber).agency());
  }

  private CorrectiveAction action(String orderNumber) {
    return actions.get(orderNumber);
  }
}
