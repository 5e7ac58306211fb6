package fr.complaintregister.process;

import fr.complaintregister.complaint.InvalidInputException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** Turns refused input into the one exception Tasklist and the engine REST API show as a 400. */
final class InvalidForm {

  private InvalidForm() {
  }

  static FormFieldValidationException of(InvalidInputException e) {
    return new FormFieldValidationException(e.errors(), e.getMessage(), e);
  }
}
