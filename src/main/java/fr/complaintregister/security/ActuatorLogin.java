package fr.complaintregister.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator} with the domain API's login (the webapps' session or HTTP Basic, see
 * {@link WebappSessionAuthentication}). The bare health answers, for load balancers and container
 * health checks, need none; everything else needs a member of an operators' group
 * ({@code registre.operations.groups}). The logged-in user reaches Spring Boot as the request's
 * principal, whose roles are their groups: Boot shows health details to the operators' groups alone.
 */
class ActuatorLogin extends OncePerRequestFilter {

  private static final Set<String> BARE_HEALTH =
      Set.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

  private final WebappSessionAuthentication authentication = new WebappSessionAuthentication();
  private final ProcessEngine engine;
  private final Set<String> operatorGroups;

  ActuatorLogin(ProcessEngine engine, Set<String> operatorGroups) {
    this.engine = engine;
    this.operatorGroups = operatorGroups;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean bareHealth = BARE_HEALTH.contains(request.getRequestURI().substring(request.getContextPath().length()));
    AuthenticationResult login = authentication.extractAuthenticatedUser(request, engine);
    if (!login.isAuthenticated()) {
      if (bareHealth) {
        chain.doFilter(request, response);
      } else {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        authentication.augmentResponseByAuthenticationChallenge(response, engine);
      }
      return;
    }
    LoggedIn user = new LoggedIn(request, login.getAuthenticatedUser(), groupsOf(login.getAuthenticatedUser()));
    if (bareHealth || user.groups.stream().anyMatch(operatorGroups::contains)) {
      chain.doFilter(user, response);
    } else {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private Set<String> groupsOf(String userId) {
    return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
  }

  /** The request as Spring Boot's endpoints read it: the user's id as principal, their groups as roles. */
  private static final class LoggedIn extends HttpServletRequestWrapper {

    private final String userId;
    private final Set<String> groups;

    LoggedIn(HttpServletRequest request, String userId, Set<String> groups) {
      super(request);
      this.userId = userId;
      this.groups = groups;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> userId;
    }

    @Override
    public String getRemoteUser() {
      return userId;
    }

    @Override
    public boolean isUserInRole(String role) {
      return groups.contains(role);
    }
  }
}
