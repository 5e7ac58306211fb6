package fr.complaintregister.process;

import fr.complaintregister.letter.LetterLinks;
import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts a link to the task's letter on a new task, for its form to show: the receipt to hand over,
 * or a preview of the acknowledgement or the answer that completing the task issues.
 */
@Component("showLetterLink")
public class ShowLetterLinkListener implements TaskListener {

  static final String LETTER_LINK = "letterLink";

  private static final Map<String, BiFunction<LetterLinks, String, String>> LINK_OF_TASK = Map.of(
      "Task_HandOverReceipt", LetterLinks::receipt,
      "Task_AcknowledgeComplaint", LetterLinks::acknowledgementPreview,
      "Task_SignAnswer", LetterLinks::answerPreview);

  private final LetterLinks links;

  ShowLetterLinkListener(LetterLinks links) {
    this.links = links;
  }

  @Override
  public void notify(DelegateTask task) {
    BiFunction<LetterLinks, String, String> link = LINK_OF_TASK.get(task.getTaskDefinitionKey());
    if (link == null) {
      throw new IllegalStateException("No letter link for task " + task.getTaskDefinitionKey());
    }
    task.setVariableLocal(LETTER_LINK, link.apply(links, OrderNumber.of(task)));
  }
}
