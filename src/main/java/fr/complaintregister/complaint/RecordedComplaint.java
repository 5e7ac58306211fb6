package fr.complaintregister.complaint;

import java.time.LocalDate;

/** What the caller learns when a complaint has been recorded. */
public record RecordedComplaint(String orderNumber, LocalDate acknowledgementDueDate,
                                LocalDate answerDueDate, String processInstanceId) {

  static RecordedComplaint of(RegisterEntry entry) {
    return new RecordedComplaint(entry.orderNumber(), entry.acknowledgementDueDate(),
        entry.answerDueDate(), entry.processInstanceId());
  }
}
