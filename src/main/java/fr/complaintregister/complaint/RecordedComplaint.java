package fr.complaintregister.complaint;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** What the caller learns when a complaint has been recorded; a review (QS) has no due dates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordedComplaint(String orderNumber, LocalDate acknowledgementDueDate,
                                LocalDate answerDueDate, String processInstanceId) {

  public static RecordedComplaint of(RegisterEntry entry) {
    return new RecordedComplaint(entry.orderNumber(), entry.acknowledgementDueDate(),
        entry.answerDueDate(), entry.processInstanceId());
  }
}
