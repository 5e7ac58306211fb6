package fr.complaintregister;

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
    SpringApplication.run(RegistreApplication.class, args);
  }
}
