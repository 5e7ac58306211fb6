package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.complaintregister.complaint.Messages;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class WebappConfiguration {

  /** Both engine REST APIs: the webapps' own (Tasklist, Cockpit) and the public one. */
  private static final String[] ENGINE_APIS = {"/camunda/api/engine/*", "/engine-rest/*"};
  private static final String DOMAIN_API = "/api/*";

  @Bean
  FilterRegistrationBean<RequestGuard> engineRequestGuard(Messages messages, ObjectMapper json) {
    return first(new RequestGuard(messages, json, true), ENGINE_APIS);
  }

  @Bean
  FilterRegistrationBean<RequestGuard> domainRequestGuard(Messages messages, ObjectMapper json) {
    return first(new RequestGuard(messages, json, false), DOMAIN_API);
  }

  @Bean
  FilterRegistrationBean<PersonalDataHeaders> personalDataHeaders() {
    FilterRegistrationBean<PersonalDataHeaders> registration = first(new PersonalDataHeaders(), ENGINE_APIS);
    registration.addUrlPatterns(DOMAIN_API);
    return registration;
  }

  @Bean
  TaskDates taskDates(ProcessEngine processEngine, TaskSettings settings) {
    return new TaskDates(processEngine, settings);
  }

  @Bean
  StartFormAgencies startFormAgencies(ProcessEngine processEngine) {
    return new StartFormAgencies(processEngine);
  }

  /** Ahead of authentication: a malformed request is refused before anything else happens. */
  private static <F extends Filter> FilterRegistrationBean<F> first(F filter, String... urlPatterns) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
