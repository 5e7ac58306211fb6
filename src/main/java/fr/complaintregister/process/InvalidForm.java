package fr.complaintregister.process;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Reads a submitted form, turning refused input (or a refused role or agency) into the one
 * exception that Tasklist and the engine REST API show as a 400 with its message.
 */
final class InvalidForm {

  private InvalidForm() {
  }

  static <T> T refusedAsFormError(Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      throw new FormFieldValidationException(e.errors(), e.getMessage(), e);
    } catch (AccessRefusedException e) {
      throw new FormFieldValidationException(List.of(new FieldError(e.field(), e.getMessage())), e.getMessage(), e);
    }
  }

  static void refusedAsFormError(Runnable check) {
    refusedAsFormError(() -> {
      check.run();
      return null;
    });
  }
}
