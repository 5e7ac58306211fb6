package fr.complaintregister.complaint;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks the answer form, including the plan's rule that a rejection states recourse options. */
@Component
public class AnswerForm {

  /** The answer's fields, as named in the answer form, the recording form (answered at once) and the JSON body. */
  public static final List<String> FIELDS = List.of("outcome", "answerText", "recourseOptions", "commercialGesture",
      "commercialGestureAmount", "dysfunctions");

  private final Messages messages;

  public AnswerForm(Messages messages) {
    this.messages = messages;
  }

  /** @throws InvalidInputException listing every wrong field */
  public Answer read(Map<String, ?> values) {
    SubmittedFields fields = new SubmittedFields(values, messages);
    Outcome outcome = fields.requiredChoice("outcome", SubmittedFields.constantOf(Outcome.class));
    String recourseOptions = fields.optionalText("recourseOptions", 10_000);
    if (outcome != null && outcome.requiresRecourseOptions() && recourseOptions == null) {
      fields.reject("recourseOptions", "error.recourseRequired");
    }
    Answer answer = new Answer(
        outcome,
        fields.requiredText("answerText", 10_000),
        outcome != null && outcome.requiresRecourseOptions() ? recourseOptions : null,
        fields.optionalText("commercialGesture", 2000),
        fields.optionalAmount("commercialGestureAmount"),
        fields.optionalText("dysfunctions", 10_000));
    fields.throwIfInvalid();
    return answer;
  }
}
