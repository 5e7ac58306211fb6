package fr.complaintregister.history;

import fr.complaintregister.complaint.ApiErrors.Errors;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.Messages;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The domain API's history of one complaint or corrective action, for the auditor's view in Cockpit. */
@RestController
class HistoryController {

  private final AuditTrail auditTrail;
  private final Messages messages;

  HistoryController(AuditTrail auditTrail, Messages messages) {
    this.auditTrail = auditTrail;
    this.messages = messages;
  }

  @GetMapping("/api/history/{orderNumber}")
  InstanceHistory history(@PathVariable String orderNumber) {
    return auditTrail.of(orderNumber);
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.NOT_FOUND)
  Errors notFound(HistoryNotFoundException e) {
    return new Errors(List.of(new FieldError(null, messages.get("error.history.notFound", e.getMessage()))));
  }
}
