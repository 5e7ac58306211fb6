package fr.complaintregister.complaint;

import java.util.Map;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The domain API: correct a complaint's recorded fields. */
@RestController
@RequestMapping("/api")
public class CorrectionController {

  private final ComplaintCorrection correction;
  private final ComplaintService complaints;

  public CorrectionController(ComplaintCorrection correction, ComplaintService complaints) {
    this.correction = correction;
    this.complaints = complaints;
  }

  /** @return the complaint as corrected, with its corrections */
  @PatchMapping("/complaints/{orderNumber}")
  public ComplaintDetail correct(@PathVariable String orderNumber, @RequestBody Map<String, Object> fields) {
    correction.correct(orderNumber, fields);
    return complaints.detail(orderNumber);
  }
}
