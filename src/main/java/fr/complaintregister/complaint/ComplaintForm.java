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

  /** FS for a complaint, QS for a satisfaction questionnaire answer or a review. */
  public static final String ORIGIN = "origin";
  public static final String RATING = "rating";
  public static final String PLATFORM = "platform";
  public static final String MARKED_NEGATIVE = "markedNegative";

  /** The recording form's fields, as named in the start form, the JSON body and the process variables. */
  public static final List<String> FIELDS = List.of("clientName", "receptionDate", "subject",
      "productOrService", "productCategory", "otherParties", "targetedPersons", AGENCY, ORIGIN,
      "channel", "clientEmail", "clientAddress", "documentNumber", ANSWERED_AT_ONCE);
  /** A review's fields: those of a complaint it shares, and its own. */
  public static final List<String> REVIEW_FIELDS = List.of("clientName", "receptionDate", "subject",
      "productOrService", "productCategory", "otherParties", "targetedPersons", AGENCY, ORIGIN,
      "channel", "clientEmail", "clientAddress", "documentNumber", RATING, PLATFORM, MARKED_NEGATIVE);

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
    NewComplaint complaint = row(fields, receptionDate(fields), Origin.FS);
    fields.throwIfInvalid();
    return complaint;
  }

  /**
   * Checks a satisfaction questionnaire answer or review (a QS row) by the complaint's rules, but
   * for what a review lacks: no product nor contact is required, and the channel defaults to a form.
   *
   * @throws InvalidInputException listing every wrong field
   */
  public NewReview readReview(Map<String, ?> values) {
    SubmittedFields fields = new SubmittedFields(values, messages);
    NewReview review = new NewReview(row(fields, receptionDate(fields), Origin.QS),
        fields.optionalWholeNumber(RATING, 1, 5), fields.optionalText(PLATFORM, 100), fields.flag(MARKED_NEGATIVE));
    fields.throwIfInvalid();
    return review;
  }

  /**
   * Checks a recorded row with corrections applied, by the rules of its origin; its reception date,
   * fixed once the deadlines run, is taken as recorded.
   *
   * @throws InvalidInputException listing every wrong field
   */
  public NewComplaint readCorrected(Map<String, ?> values, LocalDate receptionDate, Origin origin) {
    SubmittedFields fields = new SubmittedFields(values, messages);
    NewComplaint corrected = row(fields, receptionDate, origin);
    fields.throwIfInvalid();
    return corrected;
  }

  /** The fields a complaint and a review share, required as their origin needs them. */
  private NewComplaint row(SubmittedFields fields, LocalDate receptionDate, Origin origin) {
    boolean complaint = origin == Origin.FS;
    String agency = fields.requiredText(AGENCY, 10);
    if (agency != null && !AGENCY_CODE.matcher(agency).matches()) {
      fields.reject(AGENCY, "error.agency");
    }
    String clientEmail = fields.optionalText("clientEmail", 320);
    if (clientEmail != null && !EMAIL.matcher(clientEmail).matches()) {
      fields.reject("clientEmail", "error.email");
    }
    String clientAddress = fields.optionalText("clientAddress", 1000);
    if (complaint && clientEmail == null && clientAddress == null) {
      fields.reject("clientEmail", "error.contact");
    }
    return new NewComplaint(
        fields.requiredText("clientName", 200),
        receptionDate,
        fields.requiredText("subject", 2000),
        complaint ? fields.requiredText("productOrService", 500) : fields.optionalText("productOrService", 500),
        fields.optionalChoice("productCategory", this::category, settings.defaultProductCategory()),
        fields.optionalText("otherParties", 1000),
        fields.optionalText("targetedPersons", 1000),
        agency,
        complaint ? complaintOrigin(fields) : Origin.QS,
        complaint ? fields.requiredChoice("channel", Channel::fromCode)
            : fields.optionalChoice("channel", Channel::fromCode, Channel.FORMULAIRE),
        clientEmail,
        clientAddress,
        fields.optionalText("documentNumber", 100),
        complaint && fields.flag(ANSWERED_AT_ONCE));
  }

  /** A complaint, whatever the form says; a review sent to the complaint process is pointed to its own form. */
  private static Origin complaintOrigin(SubmittedFields fields) {
    Origin origin = fields.optionalChoice(ORIGIN, SubmittedFields.constantOf(Origin.class), Origin.FS);
    if (origin == Origin.QS) {
      fields.reject(ORIGIN, "error.origin.review");
    } else if (origin == Origin.PA) {
      fields.reject(ORIGIN, "error.origin.action");
    }
    return Origin.FS;
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
    return submitted(values, Boolean.TRUE.equals(values.get(ANSWERED_AT_ONCE))
        ? Stream.concat(FIELDS.stream(), AnswerForm.FIELDS.stream()) : FIELDS.stream());
  }

  /** The submitted values of a review's fields, unchanged. */
  public static Map<String, Object> submittedReviewValues(Map<String, ?> values) {
    return submitted(values, REVIEW_FIELDS.stream());
  }

  private static Map<String, Object> submitted(Map<String, ?> values, Stream<String> fields) {
    Map<String, Object> submitted = new LinkedHashMap<>();
    fields.filter(field -> values.get(field) != null).forEach(field -> submitted.put(field, values.get(field)));
    return submitted;
  }

  private Optional<String> category(String code) {
    return settings.productCategories().contains(code) ? Optional.of(code) : Optional.empty();
  }
}
