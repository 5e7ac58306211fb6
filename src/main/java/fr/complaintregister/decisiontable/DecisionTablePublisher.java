package fr.complaintregister.decisiontable;

import java.util.List;

/**
 * Publishes a new version of the organisation's decision tables (who is qualified, who must
 * sign), which the next complaints use without a restart.
 */
public interface DecisionTablePublisher {

  /**
   * @param dmnFile the table as saved by Camunda Modeler (empty when none was sent)
   * @throws fr.complaintregister.complaint.AccessRefusedException unless the caller is the quality manager or an administrator
   * @throws fr.complaintregister.complaint.InvalidInputException when the file is not one of our tables, or could run code
   */
  List<PublishedDecision> publish(byte[] dmnFile);
}
