package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintHandling;
import fr.complaintregister.complaint.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The answer task changes hands: the register's person in charge of the complaint follows it. */
@Component("followAnswerAssignee")
public class FollowAnswerAssigneeListener implements TaskListener {

  private final ComplaintHandling handling;
  private final CurrentUser currentUser;

  public FollowAnswerAssigneeListener(ComplaintHandling handling, CurrentUser currentUser) {
    this.handling = handling;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    handling.handOver(OrderNumber.of(task), task.getAssignee(), currentUser.id());
  }
}
