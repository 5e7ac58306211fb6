package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Completes a Camunda Form served as a process's start form ({@code …/deployed-start-form}) with
 * what belongs to the user who opens it (see {@link StartFormAgencies}).
 */
public class StartForms implements ContainerResponseFilter {

  private static final Pattern START_FORM = Pattern.compile("(?:.*/)?process-definition/.+/deployed-start-form/?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Context
  private ServletContext servletContext;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    if (!"GET".equals(request.getMethod()) || response.getStatus() != 200
        || !(response.getEntity() instanceof InputStream stream)
        || !START_FORM.matcher(request.getUriInfo().getPath(true)).matches()) {
      return;
    }
    byte[] served = stream.readAllBytes();
    JsonNode form = readJson(served);
    boolean filled = form != null && WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(StartFormAgencies.class).fill(form);
    response.setEntity(new ByteArrayInputStream(filled ? JSON.writeValueAsBytes(form) : served));
  }

  /** @return the form, or {@code null} for a start form that is not JSON (an HTML form, say) */
  private static JsonNode readJson(byte[] served) {
    try {
      return JSON.readTree(served);
    } catch (IOException notJson) {
      return null;
    }
  }
}
