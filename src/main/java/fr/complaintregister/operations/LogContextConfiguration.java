package fr.complaintregister.operations;

import fr.complaintregister.complaint.CurrentUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class LogContextConfiguration implements WebMvcConfigurer {

  private final CurrentUser currentUser;

  LogContextConfiguration(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new OrderNumberLogContext(currentUser)).addPathPatterns("/api/**");
  }
}
