package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WebappConfiguration {

  /** Both REST APIs that submit forms: the webapps' own (Tasklist) and the engine's. */
  @Bean
  FilterRegistrationBean<FormErrorMessages> formErrorMessages(ObjectMapper json) {
    FilterRegistrationBean<FormErrorMessages> registration = new FilterRegistrationBean<>(new FormErrorMessages(json));
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    return registration;
  }
}
