package fr.complaintregister.history;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The domain API's history of one complaint or corrective action, for the auditor's view in Cockpit. */
@RestController
class HistoryController {

  private final AuditTrail auditTrail;

  HistoryController(AuditTrail auditTrail) {
    this.auditTrail = auditTrail;
  }

  @GetMapping("/api/history/{orderNumber}")
  InstanceHistory history(@PathVariable String orderNumber) {
    return auditTrail.of(orderNumber);
  }
}
