package fr.complaintregister.testing;

import fr.complaintregister.complaint.Messages;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's French messages, for unit tests that run without Spring. */
public final class FrenchMessages {

  private FrenchMessages() {
  }

  public static Messages messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setAlwaysUseMessageFormat(true);
    source.setFallbackToSystemLocale(false);
    return new Messages(source);
  }
}
