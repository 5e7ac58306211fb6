package fr.complaintregister.complaint;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns a caller's mistake into a French 400, 403 or 404, never a 500, for every controller of
 * the domain API (the engine REST API and the webapps have their own); a failure of ours is a
 * 500 that tells nothing of its cause but a reference to the log.
 */
@RestControllerAdvice(basePackages = "fr.complaintregister")
public class ApiErrors {

  /** The body of every error answer. */
  public record Errors(List<FieldError> errors) {
  }

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private final Messages messages;

  public ApiErrors(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Errors invalid(InvalidInputException e) {
    return new Errors(e.errors());
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.FORBIDDEN)
  Errors refused(AccessRefusedException e) {
    return new Errors(List.of(new FieldError(e.field(), e.getMessage())));
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.NOT_FOUND)
  Errors notFound(ComplaintNotFoundException e) {
    return single(null, "error.notFound", e.getMessage());
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.GONE)
  Errors erased(ErasedContentException e) {
    return single(null, "error.anonymised");
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Errors unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
        && mismatch.getPath().get(0).getFieldName() != null) {
      String field = mismatch.getPath().get(0).getFieldName();
      return single(field, "error.wrongType", field);
    }
    return single(null, "error.unreadableBody");
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Errors wrongParameter(MethodArgumentTypeMismatchException e) {
    return single(e.getName(), "error.parameter", e.getName());
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  Errors tooLarge(MaxUploadSizeExceededException e) {
    return single("file", "error.fileTooLarge");
  }

  /** Spring's own refusals (wrong method, media type…) keep their status; anything else is ours to log. */
  @ExceptionHandler
  ResponseEntity<Errors> unexpected(Exception e) {
    if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
      return ResponseEntity.status(refusal.getStatusCode()).body(single(null, "error.badRequest"));
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("Domain API failure, reference {}", reference, e);
    return ResponseEntity.internalServerError().body(single(null, "error.server", reference));
  }

  private Errors single(String field, String key, Object... arguments) {
    return new Errors(List.of(new FieldError(field, messages.get(key, arguments))));
  }
}
