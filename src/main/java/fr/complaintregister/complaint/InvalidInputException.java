package fr.complaintregister.complaint;

import java.util.List;

/** Input refused before anything was written. */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse(""));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
