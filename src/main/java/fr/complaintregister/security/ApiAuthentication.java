package fr.complaintregister.security;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API and the domain API accept only the webapps' users: by HTTP Basic, and for
 * the domain API also by the webapps' session (see {@link WebappSessionAuthentication}). The
 * filter also sets the engine's authentication (user, groups, tenants) for the request, so the
 * engine's own checks apply to both. {@code /actuator} takes the same logins (see {@link ActuatorLogin}).
 */
@Configuration
class ApiAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    return authentication("api-authentication", "/engine-rest/*", HttpBasicAuthenticationProvider.class);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> domainApiAuthenticationFilter() {
    return authentication("domain-api-authentication", "/api/*", WebappSessionAuthentication.class);
  }

  @Bean
  FilterRegistrationBean<ActuatorLogin> actuatorLogin(ProcessEngine engine,
      @Value("${registre.operations.groups}") Set<String> operatorGroups) {
    FilterRegistrationBean<ActuatorLogin> registration = new FilterRegistrationBean<>(new ActuatorLogin(engine, operatorGroups));
    registration.addUrlPatterns("/actuator/*");
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(
      String name, String urlPattern, Class<? extends AuthenticationProvider> provider) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(urlPattern);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
    return registration;
  }
}
