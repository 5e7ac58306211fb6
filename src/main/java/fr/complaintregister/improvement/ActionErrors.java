package fr.complaintregister.improvement;

import fr.complaintregister.complaint.ApiErrors.Errors;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.Messages;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An unknown action is a French 404 wherever the domain API reads one; before ApiErrors, whose last resort is a 500. */
@RestControllerAdvice(basePackages = "fr.complaintregister")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ActionErrors {

  private final Messages messages;

  ActionErrors(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.NOT_FOUND)
  Errors notFound(ActionNotFoundException e) {
    return new Errors(List.of(new FieldError(null, messages.get("error.action.notFound", e.getMessage()))));
  }
}
