package fr.complaintregister.operations;

import fr.complaintregister.complaint.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the order number a domain API request names ({@code /api/complaints/{orderNumber}/…},
 * {@code /api/actions/{orderNumber}/…}) in the log context, under the key the engine uses for the
 * business key, so every line written while handling it can be found by that number; and writes one
 * line for each change, saying who made it and how it was answered.
 */
class OrderNumberLogContext implements HandlerInterceptor {

  /** The key of the log context, also the engine's for the business key (camunda.bpm.generic-properties). */
  static final String KEY = "orderNumber";
  private static final Logger LOG = LoggerFactory.getLogger(OrderNumberLogContext.class);
  private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  /** What an order number may look like: anything else a caller put in the path stays out of the logs. */
  private static final Pattern ORDER_NUMBER = Pattern.compile("[\\w.-]{1,32}");

  private final CurrentUser currentUser;

  OrderNumberLogContext(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
        && variables.get(KEY) instanceof String orderNumber && ORDER_NUMBER.matcher(orderNumber).matches()) {
      MDC.put(KEY, orderNumber);
    }
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!READING_METHODS.contains(request.getMethod())) {
      LOG.info("{} {} by {}: {}", request.getMethod(), request.getRequestURI(), currentUser.id(), response.getStatus());
    }
    MDC.remove(KEY);
  }
}
