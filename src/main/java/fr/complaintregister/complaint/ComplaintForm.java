package fr.complaintregister.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Checks the recording form, the same way for the Tasklist start form and the domain API,
 * and turns it into a {@link NewComplaint}.
 */
@Component
public class ComplaintForm {

  /** The agency field: its value is also the tenant the complaint belongs to. */
  public static final String AGENCY = "agency";
  /** The desk answers at once: the recording form then holds the answer too. */
  public static final String ANSWERED_AT_ONCE = "answeredAtOnce";

  /** The recording form's fields, as named in the start form, the JSON body and the process variables. */
  public static final List<String> FIELDS = List.of("clientName", "receptionDate", "subject",
      "productOrService", "productCategory", "otherParties", "targetedPersons", AGENCY, "origin",
      "channel", "clientEmail", "clientAddress", "documentNumber", ANSWERED_AT_ONCE);

  private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9]{1,10}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Messages messages;
  private final ComplaintSettings settings;
  private final Clock clock;

  public ComplaintForm(Messages messages, ComplaintSettings settings, Clock clock) {
    this.messages = messages;
    this.settings = settings;
    this.clock = clock;
  }

  /** @throws InvalidInputException listing every wrong field */
  public NewComplaint read(Map<String, ?> values) {
    SubmittedFields fields = new SubmittedFields(values, messages);
    return read(fields, receptionDate(fields));
  }

  /**
   * Checks a recorded complaint with corrections applied, by the same rules; its reception date,
   * fixed once the deadlines run, is taken as recorded.
   *
   * @throws InvalidInputException listing every wrong field
   */
  public NewComplaint readCorrected(Map<String, ?> values, LocalDate receptionDate) {
    return read(new SubmittedFields(values, messages), receptionDate);
  }

  private NewComplaint read(SubmittedFields fields, LocalDate receptionDate) {
    String agency = fields.requiredText(AGENCY, 10);
    if (agency != null && !AGENCY_CODE.matcher(agency).matches()) {
      fields.reject(AGENCY, "error.agency");
    }
    String clientEmail = fields.optionalText("clientEmail", 320);
    if (clientEmail != null && !EMAIL.matcher(clientEmail).matches()) {
      fields.reject("clientEmail", "error.email");
    }
    String clientAddress = fields.optionalText("clientAddress", 1000);
    if (clientEmail == null && clientAddress == null) {
      fields.reject("clientEmail", "error.contact");
    }
    NewComplaint complaint = new NewComplaint(
        fields.requiredText("clientName", 200),
        receptionDate,
        fields.requiredText("subject", 2000),
        fields.requiredText("productOrService", 500),
        fields.optionalChoice("productCategory", this::category, settings.defaultProductCategory()),
        fields.optionalText("otherParties", 1000),
        fields.optionalText("targetedPersons", 1000),
        agency,
        fields.requiredChoice("origin", SubmittedFields.constantOf(Origin.class)),
        fields.requiredChoice("channel", Channel::fromCode),
        clientEmail,
        clientAddress,
        fields.optionalText("documentNumber", 100),
        fields.flag(ANSWERED_AT_ONCE));
    if (complaint.origin() == Origin.PA) {
      fields.reject("origin", "error.origin.action");
    }
    fields.throwIfInvalid();
    return complaint;
  }

  /** Today when absent; never in the future, nor so far back that it must be a typo (it would be numbered in another year). */
  private LocalDate receptionDate(SubmittedFields fields) {
    LocalDate today = LocalDate.now(clock);
    LocalDate receptionDate = Optional.ofNullable(fields.optionalDate("receptionDate")).orElse(today);
    LocalDate oldestAllowed = today.minus(settings.receptionDateMaxAge());
    if (receptionDate.isAfter(today)) {
      fields.reject("receptionDate", "error.future");
    } else if (receptionDate.isBefore(oldestAllowed)) {
      fields.reject("receptionDate", "error.tooOld", oldestAllowed.format(FrenchDate.FORMAT));
    }
    return receptionDate;
  }

  /**
   * The submitted values of the form's own fields, unchanged, with the answer's when answered at
   * once: the recording step reads each with its expected type, and the process history keeps
   * what was submitted.
   */
  public static Map<String, Object> submittedValues(Map<String, ?> values) {
    Stream<String> fields = Boolean.TRUE.equals(values.get(ANSWERED_AT_ONCE))
        ? Stream.concat(FIELDS.stream(), AnswerForm.FIELDS.stream()) : FIELDS.stream();
    Map<String, Object> submitted = new LinkedHashMap<>();
    fields.filter(field -> values.get(field) != null).forEach(field -> submitted.put(field, values.get(field)));
    return submitted;
  }

  private Optional<String> category(String code) {
    return settings.productCategories().contains(code) ? Optional.of(code) : Optional.empty();
  }
}
