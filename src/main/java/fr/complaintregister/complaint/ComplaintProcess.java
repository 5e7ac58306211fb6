package fr.complaintregister.complaint;

import java.util.Map;

/** Starts the complaint process; implemented by the process engine glue. */
public interface ComplaintProcess {

  /**
   * Starts a complaint process with the submitted recording form, which records the complaint
   * in the register within the caller's transaction.
   *
   * @return the order number the complaint was given
   * @throws InvalidInputException when the form is refused
   * @throws AccessRefusedException when the caller's role or agency does not allow the recording
   */
  String start(Map<String, Object> submittedFields);
}
