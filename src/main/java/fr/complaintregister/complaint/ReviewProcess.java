package fr.complaintregister.complaint;

import java.util.Map;

/** Starts the process of a satisfaction questionnaire answer or review; implemented by the process engine glue. */
public interface ReviewProcess {

  /**
   * Starts a review process with the submitted fields, which records the QS row in the register
   * within the caller's transaction.
   *
   * @return the order number the review was given
   * @throws InvalidInputException when the fields are refused
   * @throws AccessRefusedException when the caller's role or agency does not allow the recording
   */
  String start(Map<String, Object> submittedFields);
}
