package fr.complaintregister.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The domain API's one login: the user logged in to the webapps (so that a Cockpit plugin reads
 * the register as that user), else HTTP Basic. A request that changes something with the
 * session must carry the session's CSRF token, as the webapps' own requests do; one refused
 * with a session is answered 401 without an HTTP Basic challenge.
 */
public class WebappSessionAuthentication implements AuthenticationProvider {

  private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (changesFromAnotherSite(request)) {
      return AuthenticationResult.unsuccessful();
    }
    HttpSession session = request.getSession(false);
    if (request.getHeader("Authorization") != null || session == null) {
      return basic.extractAuthenticatedUser(request, engine);
    }
    Authentications webappLogins = AuthenticationUtil.getAuthsFromSession(session);
    if (webappLogins == null || !webappLogins.hasAuthenticationForProcessEngine(engine.getName())
        || !carriesCsrfTokenWhenChanging(request, session)) {
      return AuthenticationResult.unsuccessful();
    }
    return AuthenticationResult.successful(webappLogins.getAuthenticationForProcessEngine(engine.getName()).getName());
  }

  /**
   * A browser may attach an HTTP Basic password it remembers to another site's form post, which
   * carries no CSRF token: whatever the login, a change sent from another site is refused.
   */
  private static boolean changesFromAnotherSite(HttpServletRequest request) {
    return !READING_METHODS.contains(request.getMethod()) && "cross-site".equals(request.getHeader("Sec-Fetch-Site"));
  }

  private static boolean carriesCsrfTokenWhenChanging(HttpServletRequest request, HttpSession session) {
    if (READING_METHODS.contains(request.getMethod())) {
      return true;
    }
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Asks for HTTP Basic only a caller without a webapp session: in a webapp's page, the challenge
   * would pop the browser's own login box.
   */
  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    if (!carriesSession()) {
      basic.augmentResponseByAuthenticationChallenge(response, engine);
    }
  }

  /** The engine's filter does not pass the request here: Boot's RequestContextFilter, which runs first, holds it. */
  private static boolean carriesSession() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
        && current.getRequest().getRequestedSessionId() != null;
  }
}
