package fr.complaintregister.complaint;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The domain API: record complaints and read them (the register listing is {@code register/RegisterListController}). */
@RestController
@RequestMapping("/api")
public class RegisterController {

  private final ComplaintService complaints;

  public RegisterController(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @PostMapping("/complaints")
  public ResponseEntity<RecordedComplaint> record(@RequestBody Map<String, Object> body) {
    RecordedComplaint recorded = complaints.record(body);
    return ResponseEntity.created(URI.create("/api/complaints/" + recorded.orderNumber()))
        .body(recorded);
  }

  @GetMapping("/complaints/{orderNumber}")
  public ComplaintDetail complaint(@PathVariable String orderNumber) {
    return complaints.detail(orderNumber);
  }

  @GetMapping("/complaints/{orderNumber}/tasks")
  public List<OpenTasks.OpenTask> openTasks(@PathVariable String orderNumber) {
    return complaints.openTasks(orderNumber);
  }

  @PostMapping("/complaints/{orderNumber}/follow-ups")
  @ResponseStatus(HttpStatus.CREATED)
  public FollowUp addFollowUp(@PathVariable String orderNumber, @RequestBody Map<String, Object> body) {
    return complaints.addFollowUp(orderNumber, body);
  }
}
