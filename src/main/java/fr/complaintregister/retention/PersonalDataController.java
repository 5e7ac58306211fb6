package fr.complaintregister.retention;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.SubmittedFields;
import fr.complaintregister.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's access request (GDPR article 15), answered by the direction: every row, letter and document naming them. */
@RestController
class PersonalDataController {

  private static final List<String> REQUESTERS = List.of(Role.DIRECTION.groupId(), Role.ADMINISTRATORS);
  private static final String CLIENT = "client";
  /** The longest of the client's name (200) and e-mail address (320) in the register (V1). */
  private static final int MAX_CLIENT_LENGTH = 320;

  private final PersonalDataExport export;
  private final ComplaintAccess access;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final Clock clock;

  PersonalDataController(PersonalDataExport export, ComplaintAccess access, CurrentUser currentUser, Messages messages,
                         Clock clock) {
    this.export = export;
    this.access = access;
    this.currentUser = currentUser;
    this.messages = messages;
    this.clock = clock;
  }

  /** Checked and found before the first byte, so that a refusal is still an answer of its own. */
  @GetMapping("/api/personal-data")
  public void export(@RequestParam(required = false) String client, HttpServletResponse response) throws IOException {
    AgencyScope scope = access.readableAgencies();
    if (!currentUser.isOneOf(List.of(), REQUESTERS)) {
      throw new AccessRefusedException(null, messages.get("error.access.personalData"));
    }
    SubmittedFields fields = new SubmittedFields(Collections.singletonMap(CLIENT, client), messages);
    String checked = fields.requiredText(CLIENT, MAX_CLIENT_LENGTH);
    fields.throwIfInvalid();
    List<String> rows = export.rowsNaming(checked, scope);
    response.setContentType("application/zip");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename(messages.get("personalData.fileName", LocalDate.now(clock).toString())).build().toString());
    export.write(rows, response.getOutputStream());
  }
}
