package fr.complaintregister.takeup;

import fr.complaintregister.complaint.ComplaintDetail;
import fr.complaintregister.improvement.ActionDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The domain API's take-up of an imported open row: the row as it stands once its process runs. */
@RestController
@RequestMapping("/api")
class TakeUpController {

  private final TakeUps takeUps;

  TakeUpController(TakeUps takeUps) {
    this.takeUps = takeUps;
  }

  @PostMapping("/complaints/{orderNumber}/take-up")
  ComplaintDetail complaint(@PathVariable String orderNumber) {
    return takeUps.complaint(orderNumber);
  }

  @PostMapping("/actions/{orderNumber}/take-up")
  ActionDetail action(@PathVariable String orderNumber) {
    return takeUps.action(orderNumber);
  }
}
