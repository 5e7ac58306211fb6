package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * A refused form reaches Tasklist as "Cannot submit task form 1af7…: Une réponse qui rejette…":
 * the engine REST API puts an English sentence and an id before our French message. This filter
 * leaves only the message, on the few form-submitting calls (small answers) where that happens.
 */
public class FormErrorMessages extends OncePerRequestFilter {

  private static final Pattern FORM_CALL = Pattern.compile(".*/(submit-form|complete|start)$");
  private static final Pattern ENGINE_PREFIX =
      Pattern.compile("^Cannot (?:submit task form|complete task|instantiate process definition) \\S+: (.*)$", Pattern.DOTALL);

  private final ObjectMapper json;

  public FormErrorMessages(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !FORM_CALL.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, cached);
      if (cached.getStatus() == HttpStatus.BAD_REQUEST.value()) {
        withoutEnginePrefix(cached);
      }
    } finally {
      cached.copyBodyToResponse();
    }
  }

  private void withoutEnginePrefix(ContentCachingResponseWrapper response) throws IOException {
    JsonNode body = json.readTree(response.getContentAsByteArray());
    Matcher message = ENGINE_PREFIX.matcher(body.path("message").asText());
    if (body instanceof ObjectNode error && message.matches()) {
      error.put("message", message.group(1));
      response.resetBuffer();
      response.getOutputStream().write(json.writeValueAsBytes(error));
    }
  }
}
