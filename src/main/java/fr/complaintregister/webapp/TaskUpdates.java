package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.complaintregister.complaint.Messages;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Answers the engine REST APIs' task update ({@code PUT …/task/{id}}) with {@link TaskDates}:
 * Tasklist sends it whole when a user sets a follow-up or due date, and the engine can neither
 * read it (its {@code camundaFormRef}) nor let a handler update a task. A Jersey filter, so that
 * it runs after the webapps' authentication and CSRF check, as the engine's own resources do.
 */
@PreMatching
@Priority(Priorities.USER)
public class TaskUpdates implements ContainerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TaskUpdates.class);
  private static final Pattern TASK = Pattern.compile("(?:.*/)?task/([^/]+)/?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Messages messages = Messages.withoutContext();

  @Context
  private ServletContext servletContext;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Matcher task = TASK.matcher(request.getUriInfo().getPath(true));
    if (!"PUT".equals(request.getMethod()) || !task.matches()) {
      return;
    }
    JsonNode body = JSON.readTree(request.getEntityStream());
    try {
      taskDates().update(task.group(1), body == null || body.isMissingNode() ? JSON.createObjectNode() : body);
      request.abortWith(Response.noContent().build());
    } catch (TaskUpdateRefused refused) {
      LOG.info("Task {} update refused: {}", task.group(1), refused.reason);
      ExceptionDto answer = new ExceptionDto();
      answer.setType(refused.reason.status.value() == 403 ? "AuthorizationException" : "InvalidRequestException");
      answer.setMessage(messages.get(refused.reason.messageKey));
      request.abortWith(Response.status(refused.reason.status.value()).entity(answer)
          .type(MediaType.APPLICATION_JSON_TYPE).build());
    }
  }

  /** Jersey, not Spring, creates this filter. */
  private TaskDates taskDates() {
    return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(TaskDates.class);
  }
}
