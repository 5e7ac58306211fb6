package fr.complaintregister.register;

import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.Origin;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The domain API's register listing: complaints and corrective actions of the caller's agencies. */
@RestController
class RegisterListController {

  private static final int MAX_PAGE_SIZE = 200;

  private final RegisterListing listing;
  private final ComplaintAccess access;
  private final Messages messages;
  private final CurrentUser currentUser;

  RegisterListController(RegisterListing listing, ComplaintAccess access, Messages messages, CurrentUser currentUser) {
    this.listing = listing;
    this.access = access;
    this.messages = messages;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/register")
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
    return listing.search(new RegisterQuery(year, blankToNull(agency), origin, status, blankToNull(q), page, size,
        overdue, mine ? currentUser.id() : null), access.readableAgencies());
  }

  private void checkListing(String status, int page, int size) {
    if (status != null && !RegisterListing.isStatus(status)) {
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
