package fr.complaintregister.complaint;

import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The domain API's withdrawal of a complaint: it answers with the complaint as it now stands. */
@RestController
public class WithdrawalController {

  private final WithdrawalService withdrawals;
  private final ComplaintService complaints;

  public WithdrawalController(WithdrawalService withdrawals, ComplaintService complaints) {
    this.withdrawals = withdrawals;
    this.complaints = complaints;
  }

  @PostMapping("/api/complaints/{orderNumber}/withdrawal")
  public ComplaintDetail withdraw(@PathVariable String orderNumber, @RequestBody Map<String, Object> body) {
    withdrawals.withdraw(orderNumber, body);
    return complaints.detail(orderNumber);
  }
}
