package fr.complaintregister.complaint;

import java.util.Map;

/** Starts and ends complaint processes; implemented by the process engine glue. */
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

  /**
   * Ends the running process of the complaint through its withdrawal, which writes the withdrawal
   * to the register within the caller's transaction. The caller has checked that they may.
   */
  void withdraw(String orderNumber, WithdrawalKind kind, String reason, String withdrawnBy, String replacedBy);
}
