package fr.complaintregister.complaint;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks the signature form: an answer sent back says why, so that its author can rework it. */
@Component
public class SignatureForm {

  private final Messages messages;

  public SignatureForm(Messages messages) {
    this.messages = messages;
  }

  /** @throws InvalidInputException listing every wrong field */
  public Signature read(Map<String, ?> values) {
    SubmittedFields fields = new SubmittedFields(values, messages);
    SignatureDecision decision = fields.requiredChoice("signatureDecision", SubmittedFields.constantOf(SignatureDecision.class));
    String comment = fields.optionalText("signatureComment", 4000);
    if (decision == SignatureDecision.REFUSED && comment == null) {
      fields.reject("signatureComment", "error.refusalReason");
    }
    fields.throwIfInvalid();
    return new Signature(decision, comment);
  }
}
