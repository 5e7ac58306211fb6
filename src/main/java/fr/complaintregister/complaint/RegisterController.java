package fr.complaintregister.complaint;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The domain API: record complaints, read them and the register. */
@RestController
@RequestMapping("/api")
public class RegisterController {

  private static final int MAX_PAGE_SIZE = 200;
  private static final Set<String> STATUS_FILTERS = Set.of("open", "closed");

  private final ComplaintService complaints;
  private final Messages messages;
  private final CurrentUser currentUser;

  public RegisterController(ComplaintService complaints, Messages messages, CurrentUser currentUser) {
    this.complaints = complaints;
    this.messages = messages;
    this.currentUser = currentUser;
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

  @GetMapping("/register")
  public RegisterPage register(@RequestParam(required = false) Integer year,
                               @RequestParam(required = false) String agency,
                               @RequestParam(required = false) Origin origin,
                               @RequestParam(required = false) String status,
                               @RequestParam(required = false) String q,
                               @RequestParam(defaultValue = "false") boolean overdue,
                               @RequestParam(defaultValue = "false") boolean mine,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size) {
    checkListing(status, page, size);
    return complaints.search(new RegisterQuery(year, blankToNull(agency), origin, status, blankToNull(q), page, size,
        overdue, mine ? currentUser.id() : null));
  }

  private void checkListing(String status, int page, int size) {
    if (status != null && !STATUS_FILTERS.contains(status)
        && EnumSet.allOf(ComplaintStatus.class).stream().noneMatch(s -> s.name().equals(status))) {
      throw invalid("status", "error.statusFilter", status);
    }
    if (page < 0) {
      throw invalid("page", "error.page");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw invalid("size", "error.pageSize", MAX_PAGE_SIZE);
    }
  }

  private InvalidInputException invalid(String field, String key, Object... arguments) {
    return new InvalidInputException(List.of(new FieldError(field, messages.get(key, arguments))));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
