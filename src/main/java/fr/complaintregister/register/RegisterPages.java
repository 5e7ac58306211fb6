package fr.complaintregister.register;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The register's pages (static files under {@code static/registre/} that read the domain API):
 * {@code /registre/}, the address the webapps' headers link to, is the register list; {@code reclamation.html?n=}
 * shows a complaint and {@code action.html?n=} a corrective action, served as they are.
 */
@Configuration
class RegisterPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/registre/").setViewName("forward:/registre/index.html");
    registry.addRedirectViewController("/registre", "/registre/");
  }
}
