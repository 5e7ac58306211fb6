package fr.complaintregister.register;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ControlCharacters;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.Origin;
import fr.complaintregister.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit indicators of the caller's agencies, for the quality manager, the direction and the auditors. */
@RestController
class IndicatorController {

  private static final List<String> READERS = List.of(Role.QUALITE.groupId(), Role.DIRECTION.groupId(),
      Role.AUDITEURS.groupId(), Role.ADMINISTRATORS);
  /** The columns' sizes in the register (V1). */
  private static final int AGENCY_LENGTH = 10;
  private static final int PRODUCT_CATEGORY_LENGTH = 50;

  private final IndicatorRegister indicators;
  private final ComplaintAccess access;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final Clock clock;

  IndicatorController(IndicatorRegister indicators, ComplaintAccess access, CurrentUser currentUser,
                      Messages messages, Clock clock) {
    this.indicators = indicators;
    this.access = access;
    this.currentUser = currentUser;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/api/indicators")
  public Indicators indicators(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String agency,
                               @RequestParam(required = false) String origin,
                               @RequestParam(required = false) String product) {
    AgencyScope scope = access.readableAgencies();
    if (!currentUser.isOneOf(List.of(), READERS)) {
      throw new AccessRefusedException(null, messages.get("error.access.indicators"));
    }
    IndicatorQuery query = checked(from, to, agency, origin, product);
    if (query.agency() != null && !scope.includes(query.agency())) {
      throw new AccessRefusedException("agency", messages.get("error.access.agency", query.agency()));
    }
    return indicators.of(query, scope);
  }

  private IndicatorQuery checked(String from, String to, String agency, String origin, String product) {
    List<FieldError> errors = new ArrayList<>();
    int year = LocalDate.now(clock).getYear();
    LocalDate start = date("from", from, LocalDate.of(year, 1, 1), errors);
    LocalDate end = date("to", to, LocalDate.of(year, 12, 31), errors);
    if (start != null && end != null && start.isAfter(end)) {
      errors.add(new FieldError("to", messages.get("error.indicators.period")));
    }
    String agencyCode = text("agency", agency, AGENCY_LENGTH, errors);
    String productCategory = text("product", product, PRODUCT_CATEGORY_LENGTH, errors);
    Origin rowsOrigin = origin(blankToNull(origin), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new IndicatorQuery(start, end, agencyCode, rowsOrigin, productCategory);
  }

  private LocalDate date(String field, String value, LocalDate byDefault, List<FieldError> errors) {
    if (blankToNull(value) == null) {
      return byDefault;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, messages.get("error.indicators.date", messages.get("indicators.field." + field))));
      return null;
    }
  }

  private String text(String field, String value, int maxLength, List<FieldError> errors) {
    String text = blankToNull(value);
    if (text != null && (text.length() > maxLength || ControlCharacters.foundIn(text))) {
      errors.add(new FieldError(field, messages.get("error.indicators.text", messages.get("indicators.field." + field),
          maxLength)));
      return null;
    }
    return text;
  }

  private Origin origin(String value, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    if (value.equals(Origin.FS.name()) || value.equals(Origin.QS.name())) {
      return Origin.valueOf(value);
    }
    errors.add(new FieldError("origin", messages.get("error.indicators.origin")));
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
