package fr.complaintregister.webapp;

import fr.complaintregister.complaint.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a caller of the engine REST APIs (Tasklist, Cockpit, Admin, {@code /engine-rest}) reads
 * when the engine refuses or fails, in French, from Camunda's own answer:
 * <ul>
 *   <li>a refused form (ours, also when a task listener refused it) is a 400 with only our message,
 *   without the engine's "Cannot submit task form 1af7…:" prefix;</li>
 *   <li>a refused authorization is a 403, and so is an object of another agency, which the engine
 *   reports as a 500 ({@code ENGINE-13034}, a plain ProcessEngineException);</li>
 *   <li>an object that is not there (a task completed meanwhile, or hidden from the caller) is a
 *   404 that says so in French, instead of the engine's "No matching task with id …" (or its 500
 *   "Cannot find task with id …" when a form is submitted twice);</li>
 *   <li>any other refusal keeps its status, with a French message saying the request was refused;
 *   the engine's English explanation goes to the log, on one line, as each refusal does;</li>
 *   <li>any other failure is a 500 that says nothing of its cause (the engine's answer carries
 *   the SQL statement and the database's error) but gives a reference to the log, where the
 *   details are written.</li>
 * </ul>
 */
final class EngineErrorAnswers {

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorAnswers.class);
  /** The engine's code for "belongs to no authenticated tenant". */
  private static final String OTHER_TENANT = "ENGINE-13034";
  /** The engine's words for a task it does not find ("No matching task with id …", "No task found for task id …"). */
  private static final Pattern TASK = Pattern.compile("(?i)\\btask\\b");
  /** The engine's words for a task completed meanwhile, which some calls (a form submitted twice) answer with a 500. */
  private static final Pattern TASK_GONE = Pattern.compile("(?i)cannot find task with id");
  private static final int BAD_REQUEST = Response.Status.BAD_REQUEST.getStatusCode();
  private static final int FORBIDDEN = Response.Status.FORBIDDEN.getStatusCode();
  private static final int NOT_FOUND = Response.Status.NOT_FOUND.getStatusCode();

  private final Messages messages = Messages.withoutContext();

  Response of(Throwable error) {
    Response camunda = ExceptionHandlerHelper.getInstance().getResponse(error);
    Optional<FormFieldValidationException> refusedForm = find(error, FormFieldValidationException.class);
    if (refusedForm.isPresent()) {
      return refusal(BAD_REQUEST, camunda, refusedForm.get().getMessage(), error);
    }
    if (find(error, AuthorizationException.class).isPresent() || causes(error).anyMatch(EngineErrorAnswers::isPermissionRefusal)) {
      return refusal(FORBIDDEN, camunda, messages.get("error.access.engine"), error);
    }
    if (causes(error).anyMatch(cause -> String.valueOf(cause.getMessage()).startsWith(OTHER_TENANT))) {
      return refusal(FORBIDDEN, camunda, messages.get("error.access.otherAgency"), error);
    }
    if (causes(error).anyMatch(cause -> TASK_GONE.matcher(String.valueOf(cause.getMessage())).find())) {
      return refusal(NOT_FOUND, camunda, messages.get("error.engine.taskNotFound"), error);
    }
    if (camunda.getStatus() >= Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()) {
      return serverError(error);
    }
    return refusal(camunda.getStatus(), camunda, messages.get(refusalKey(camunda.getStatus(), error)), error);
  }

  private static String refusalKey(int status, Throwable error) {
    if (status != NOT_FOUND) {
      return "error.engine.refused";
    }
    return TASK.matcher(String.valueOf(error.getMessage())).find() ? "error.engine.taskNotFound" : "error.engine.notFound";
  }

  /** The engine's words when a permission is missing, also where it does not throw an AuthorizationException. */
  private static boolean isPermissionRefusal(Throwable cause) {
    String message = String.valueOf(cause.getMessage());
    return message.contains("does not have") && message.contains("permission");
  }

  /** A caller's request refused: an ordinary event, logged on one line. */
  private Response refusal(int status, Response camunda, String message, Throwable error) {
    LOG.info("Engine REST API refused ({}): {}", status, error.getMessage());
    return answer(status, camunda, message);
  }

  private Response answer(int status, Response camunda, String message) {
    ExceptionDto body = camunda.getEntity() instanceof ExceptionDto dto ? dto : new ExceptionDto();
    body.setMessage(message);
    return Response.status(status).entity(body).type(camunda.getMediaType()).build();
  }

  private Response serverError(Throwable error) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("Engine REST API failure, reference {}", reference, error);
    ExceptionDto body = new ExceptionDto();
    body.setType("ServerError");
    body.setMessage(messages.get("error.server", reference));
    return Response.serverError().entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
    return causes(error).filter(type::isInstance).map(type::cast).findFirst();
  }

  private static Stream<Throwable> causes(Throwable error) {
    return Stream.iterate(error, cause -> cause != null, Throwable::getCause).limit(20);
  }
}
