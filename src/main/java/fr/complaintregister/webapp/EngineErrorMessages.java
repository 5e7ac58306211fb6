package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.complaintregister.complaint.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's refusals, as users of Tasklist and of the engine REST API read them, in French:
 * <ul>
 *   <li>a refused form reaches Tasklist as "Cannot submit task form 1af7…: Une réponse qui
 *   rejette…": only our message is kept;</li>
 *   <li>a refused authorization (403) gets a French message; the engine's details stay in the
 *   other fields for the administrator;</li>
 *   <li>a task of another agency (the engine's tenant check, which it reports as a 500) becomes a
 *   403 with a French message.</li>
 * </ul>
 * Only the commands that submit, claim or hand over a task, start a process or create something
 * (a deployment) are watched: their answers are small, while queries (also POSTs, with long
 * answers) never fail this way.
 */
public class EngineErrorMessages extends OncePerRequestFilter {

  private static final Pattern COMMAND =
      Pattern.compile(".*/(submit-form|complete|start|claim|unclaim|assignee|delegate|resolve|create)$");
  private static final Pattern ENGINE_PREFIX =
      Pattern.compile("^Cannot (?:submit task form|complete task|instantiate process definition) \\S+: (.*)$", Pattern.DOTALL);
  /** The engine's code for "belongs to no authenticated tenant". */
  private static final String OTHER_TENANT = "ENGINE-13034";

  private final ObjectMapper json;
  private final Messages messages;

  public EngineErrorMessages(ObjectMapper json, Messages messages) {
    this.json = json;
    this.messages = messages;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !COMMAND.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, cached);
      if (cached.getStatus() >= HttpStatus.BAD_REQUEST.value() && cached.getContentSize() > 0) {
        inFrench(cached);
      }
    } finally {
      cached.copyBodyToResponse();
    }
  }

  private void inFrench(ContentCachingResponseWrapper response) throws IOException {
    if (!(json.readTree(response.getContentAsByteArray()) instanceof ObjectNode error)) {
      return;
    }
    Matcher prefixed = ENGINE_PREFIX.matcher(error.path("message").asText());
    String message = prefixed.matches() ? prefixed.group(1) : error.path("message").asText();
    if (message.startsWith(OTHER_TENANT)) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      rewrite(response, error, messages.get("error.access.otherAgencyTask"));
    } else if (response.getStatus() == HttpStatus.FORBIDDEN.value() && "AuthorizationException".equals(type(error))) {
      rewrite(response, error, messages.get("error.access.engine"));
    } else if (response.getStatus() == HttpStatus.BAD_REQUEST.value() && prefixed.matches()) {
      rewrite(response, error, message);
    }
  }

  private static String type(JsonNode error) {
    return error.path("type").asText();
  }

  private void rewrite(ContentCachingResponseWrapper response, ObjectNode error, String message) throws IOException {
    error.put("message", message);
    response.resetBuffer();
    response.getOutputStream().write(json.writeValueAsBytes(error));
  }
}
