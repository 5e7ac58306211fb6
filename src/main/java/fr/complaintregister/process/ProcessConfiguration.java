package fr.complaintregister.process;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ProcessConfiguration {

  /** Deadlines are days in Europe/Paris, wherever the server runs. */
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Bean
  Clock clock() {
    return new EngineClock(PARIS);
  }
}
