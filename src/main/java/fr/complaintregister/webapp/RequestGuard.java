package fr.complaintregister.webapp;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a French 400 and before anything runs, what a careless or hostile caller of the
 * APIs sends that the application would otherwise store or fail on: a NUL character (PostgreSQL
 * refuses it), malformed JSON (trailing garbage, duplicate keys), and, for the engine REST API,
 * variables other than plain texts, numbers and booleans of sensible names and sizes (see
 * {@link VariableChecks}). The domain API reads the fields of its JSON itself, naming the field.
 */
class RequestGuard extends OncePerRequestFilter {

  static final int MAX_BODY_BYTES = 512 * 1024;

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Pattern ONE_VARIABLE = Pattern.compile(".*/(?:variables|localVariables)/([^/]+)$");
  private static final Pattern BINARY_VARIABLE = Pattern.compile(".*/(?:variables|localVariables)/[^/]+/data$");
  private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'");
  private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final Messages messages;
  private final ObjectMapper json;
  private final boolean engineApi;

  /** @param engineApi whether the variables of JSON bodies are checked too */
  RequestGuard(Messages messages, ObjectMapper json, boolean engineApi) {
    this.messages = messages;
    this.json = json;
    this.engineApi = engineApi;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String unreadableQuery = queryError(request.getQueryString());
    if (unreadableQuery != null) {
      refuse(response, List.of(error(unreadableQuery)));
    } else if (engineApi && WRITES.contains(request.getMethod()) && BINARY_VARIABLE.matcher(request.getRequestURI()).matches()) {
      refuse(response, List.of(error("error.variable.binary")));
    } else if (WRITES.contains(request.getMethod()) && isJson(request)) {
      checkBody(request, response, chain);
    } else {
      chain.doFilter(request, response);
    }
  }

  private void checkBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(response, List.of(error("error.bodyTooLarge", MAX_BODY_BYTES / 1024)));
      return;
    }
    List<FieldError> errors = body.length == 0 ? List.of() : errorsIn(body, request.getRequestURI());
    if (errors.isEmpty()) {
      chain.doFilter(new CachedBodyRequest(request, body), response);
    } else {
      refuse(response, errors);
    }
  }

  /** @return the message key of what is wrong with the query string, if anything */
  private static String queryError(String query) {
    try {
      return query != null && hasNul(URLDecoder.decode(query, StandardCharsets.UTF_8)) ? "error.nulCharacter" : null;
    } catch (IllegalArgumentException malformedEscape) {
      return "error.malformedQuery";
    }
  }

  private List<FieldError> errorsIn(byte[] body, String path) {
    JsonNode tree;
    try {
      tree = STRICT_JSON.readTree(body);
    } catch (IOException e) {
      Matcher duplicate = DUPLICATE_FIELD.matcher(e instanceof JacksonException jackson ? jackson.getOriginalMessage() : "");
      return List.of(duplicate.find()
          ? new FieldError(duplicate.group(1), messages.get("error.duplicateField", duplicate.group(1)))
          : error("error.unreadableBody"));
    }
    if (!engineApi) {
      return List.of();
    }
    if (containsNul(tree)) {
      return List.of(error("error.nulCharacter"));
    }
    Matcher single = ONE_VARIABLE.matcher(path);
    VariableChecks variables = new VariableChecks(messages);
    return single.matches()
        ? variables.single(URLDecoder.decode(single.group(1), StandardCharsets.UTF_8), tree)
        : variables.inBody(tree);
  }

  private static boolean containsNul(JsonNode node) {
    if (node.isTextual()) {
      return hasNul(node.textValue());
    }
    Iterable<Map.Entry<String, JsonNode>> fields = node::fields;
    return StreamSupport.stream(fields.spliterator(), false).anyMatch(field -> hasNul(field.getKey()))
        || StreamSupport.stream(node.spliterator(), false).anyMatch(RequestGuard::containsNul);
  }

  private static boolean hasNul(String text) {
    return text.indexOf('\u0000') >= 0;
  }

  private static boolean isJson(HttpServletRequest request) {
    return request.getContentType() != null && request.getContentType().toLowerCase().contains("json");
  }

  private FieldError error(String key, Object... arguments) {
    return new FieldError(null, messages.get(key, arguments));
  }

  /** Readable by both kinds of caller: Tasklist and engine clients read {@code message}, domain API clients {@code errors}. */
  private void refuse(HttpServletResponse response, List<FieldError> errors) throws IOException {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), Map.of(
        "type", "InvalidRequestException",
        "message", String.join(" ", errors.stream().map(FieldError::message).toList()),
        "errors", errors));
  }
}
