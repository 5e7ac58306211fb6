package fr.complaintregister.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.complaintregister.complaint.Messages;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WebappConfiguration {

  /** Both engine REST APIs: the webapps' own (Tasklist, Cockpit) and the public one. */
  @Bean
  FilterRegistrationBean<EngineErrorMessages> engineErrorMessages(ObjectMapper json, Messages messages) {
    FilterRegistrationBean<EngineErrorMessages> registration =
        new FilterRegistrationBean<>(new EngineErrorMessages(json, messages));
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    return registration;
  }
}
