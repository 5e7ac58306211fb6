package fr.complaintregister.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webapps' CSRF token of the session, for the register's pages: the webapps keep it in a
 * cookie of path {@code /camunda}, which pages under {@code /registre/} cannot read. Only a
 * same-origin page can read this answer, as it can read that cookie.
 */
@RestController
class WebappCsrfToken {

  @GetMapping("/api/session/csrf-token")
  ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
    // An HTTP Basic caller has no session: asking for the token must not open one.
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) instanceof String token
        ? ResponseEntity.ok(Map.of("token", token))
        : ResponseEntity.notFound().build();
  }
}
