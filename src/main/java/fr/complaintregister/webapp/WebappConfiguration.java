package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import fr.complaintregister.complaint.Messages;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
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

  /** A number or a checkbox value sent where the domain API expects a text is a mistake, not a text to store. */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer textsStayTexts() {
    return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
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
