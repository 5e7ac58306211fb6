package fr.complaintregister.process;

import fr.complaintregister.complaint.InvalidInputException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Reads a submitted form, turning refused input into the one exception that Tasklist and the
 * engine REST API show as a 400 with its message.
 */
final class InvalidForm {

  private InvalidForm() {
  }

  static <T> T refusedAsFormError(Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      throw new FormFieldValidationException(e.errors(), e.getMessage(), e);
    }
  }
}
