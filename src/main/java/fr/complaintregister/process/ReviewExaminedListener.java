package fr.complaintregister.process;

import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.ReviewForms;
import fr.complaintregister.improvement.Reviews;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Examiner l'avis" completed: what was done, and the review's public reply when given, go to the register. */
@Component("reviewExamined")
public class ReviewExaminedListener implements TaskListener {

  private final ReviewForms forms;
  private final Reviews reviews;
  private final CurrentUser currentUser;

  public ReviewExaminedListener(ReviewForms forms, Reviews reviews, CurrentUser currentUser) {
    this.forms = forms;
    this.reviews = reviews;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    reviews.examined(OrderNumber.of(task), currentUser.id(),
        InvalidForm.refusedAsFormError(() -> forms.readExamination(task.getVariables())));
  }
}
