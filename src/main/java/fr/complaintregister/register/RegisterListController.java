package fr.complaintregister.register;

import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.complaint.Outcome;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The domain API's register listing, and its export: complaints and corrective actions of the caller's agencies. */
@RestController
class RegisterListController {

  private static final int MAX_PAGE_SIZE = 200;

  private final RegisterListing listing;
  private final RegisterExport registerExport;
  private final ComplaintAccess access;
  private final Messages messages;
  private final CurrentUser currentUser;
  private final Clock clock;

  RegisterListController(RegisterListing listing, RegisterExport registerExport, ComplaintAccess access,
                         Messages messages, CurrentUser currentUser, Clock clock) {
    this.listing = listing;
    this.registerExport = registerExport;
    this.access = access;
    this.messages = messages;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/api/register")
  public RegisterPage register(@RequestParam(required = false) Integer year,
                               @RequestParam(required = false) String agency,
                               @RequestParam(required = false) Origin origin,
                               @RequestParam(required = false) String status,
                               @RequestParam(required = false) String q,
                               @RequestParam(defaultValue = "false") boolean overdue,
                               @RequestParam(defaultValue = "false") boolean mine,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                               @RequestParam(required = false) Outcome outcome,
                               @RequestParam(defaultValue = "false") boolean deadlineMissed,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size) {
    checkListing(status, page, size);
    return listing.search(query(year, agency, origin, status, q, overdue, mine, page, size)
        .withAuditFilters(from, to, outcome, deadlineMissed), access.readableAgencies());
  }

  /**
   * The register's rows the listing's filters find, all of them, as the tracking sheet: an Excel workbook
   * ({@code export.xlsx}) or CSV for a French spreadsheet ({@code export.csv}).
   */
  @GetMapping("/api/register/export.{extension}")
  public void export(@PathVariable String extension,
                     @RequestParam(required = false) Integer year,
                     @RequestParam(required = false) String agency,
                     @RequestParam(required = false) Origin origin,
                     @RequestParam(required = false) String status,
                     @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "false") boolean overdue,
                     @RequestParam(defaultValue = "false") boolean mine,
                     @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                     @RequestParam(required = false) Outcome outcome,
                     @RequestParam(defaultValue = "false") boolean deadlineMissed,
                     HttpServletResponse response) throws IOException {
    SheetFormat format = SheetFormat.ofExtension(extension).orElseThrow(() -> new InvalidInputException(
        List.of(new FieldError("format", messages.get("error.sheet.format", extension)))));
    export(format, query(year, agency, origin, status, q, overdue, mine, 0, 0)
        .withAuditFilters(from, to, outcome, deadlineMissed), response);
  }

  /** Checked and scoped before the first byte, so that a refusal is still an answer of its own. */
  private void export(SheetFormat format, RegisterQuery query, HttpServletResponse response) throws IOException {
    checkStatus(query.status());
    AgencyScope scope = access.readableAgencies();
    response.setContentType(format.contentType);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename(messages.get("sheet.fileName", LocalDate.now(clock).toString(), format.extension)).build().toString());
    registerExport.write(format, query, scope, response.getOutputStream());
  }

  private RegisterQuery query(Integer year, String agency, Origin origin, String status, String q, boolean overdue,
                              boolean mine, int page, int size) {
    return new RegisterQuery(year, blankToNull(agency), origin, status, blankToNull(q), page, size, overdue,
        mine ? currentUser.id() : null);
  }

  private void checkStatus(String status) {
    if (status != null && !RegisterListing.isStatus(status)) {
      throw invalid("status", "error.statusFilter", status);
    }
  }

  private void checkListing(String status, int page, int size) {
    checkStatus(status);
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
