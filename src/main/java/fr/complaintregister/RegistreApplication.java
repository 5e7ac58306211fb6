package fr.complaintregister;

import java.awt.GraphicsEnvironment;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RegistreApplication {

  public static void main(String[] args) {
    // The engine reads timer dates in the JVM zone; deadlines are French days.
    TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
    SpringApplication application = new SpringApplication(RegistreApplication.class);
    // The demo setup may open Tasklist in the desktop's browser; servers have no display anyway.
    application.setHeadless(GraphicsEnvironment.isHeadless());
    application.run(args);
  }
}
