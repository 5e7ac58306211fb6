package fr.complaintregister.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Checks what is recorded on a review once recorded: its examination ("Examiner l'avis" in
 * Tasklist) and its public reply (the domain API, or the examination form), by the same rules.
 */
@Component
public class ReviewForms {

  /** The examination form's public reply fields; what follows from the review is the analysis' (see SourceAnalysis). */
  public static final String REPLY_TEXT = "publicReplyText";
  public static final String REPLY_DATE = "publicReplyDate";
  public static final String REPLY_AUTHOR = "publicReplyAuthor";

  /** The review's public reply, when the examination gave it one. */
  public record Examination(Optional<PublicReply> reply) {
  }

  /** The domain API's names of a public reply's fields, and the examination form's. */
  private static final Map<String, String> API_FIELDS = Map.of("text", REPLY_TEXT, "date", REPLY_DATE, "author", REPLY_AUTHOR);

  private final Messages messages;
  private final Clock clock;

  public ReviewForms(Messages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /** @throws InvalidInputException when a field of the public reply is wrong */
  public Examination readExamination(Map<String, ?> values) {
    SubmittedFields fields = new SubmittedFields(values, messages);
    boolean replied = Stream.of(REPLY_TEXT, REPLY_DATE, REPLY_AUTHOR).map(values::get)
        .anyMatch(value -> value != null && !(value instanceof String text && text.isBlank()));
    PublicReply reply = replied ? publicReply(fields) : null;
    fields.throwIfInvalid();
    return new Examination(Optional.ofNullable(reply));
  }

  /**
   * {@code {text, date, author}}: the text is required, the date defaults to today; read by the
   * examination form's rules, each error naming the field as the caller sent it.
   */
  public PublicReply readPublicReply(Map<String, ?> values) {
    Map<String, Object> asInForm = new HashMap<>();
    API_FIELDS.forEach((name, formName) -> asInForm.put(formName, values.get(name)));
    SubmittedFields fields = new SubmittedFields(asInForm, messages);
    PublicReply reply = publicReply(fields);
    try {
      fields.throwIfInvalid();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.errors().stream().map(error -> new FieldError(API_FIELDS.entrySet().stream()
          .filter(field -> field.getValue().equals(error.field())).map(Map.Entry::getKey).findFirst().orElseThrow(),
          error.message())).toList());
    }
    return reply;
  }

  private PublicReply publicReply(SubmittedFields fields) {
    String text = fields.requiredText(REPLY_TEXT, 4000);
    LocalDate today = LocalDate.now(clock);
    LocalDate date = Optional.ofNullable(fields.optionalDate(REPLY_DATE)).orElse(today);
    if (date.isAfter(today)) {
      fields.reject(REPLY_DATE, "error.review.replyInFuture");
    }
    return new PublicReply(text, date, fields.optionalText(REPLY_AUTHOR, 200));
  }
}
