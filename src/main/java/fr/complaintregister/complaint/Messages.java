package fr.complaintregister.complaint;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** The French texts users read, from {@code messages.properties}. */
@Component
public class Messages {

  private final MessageSource messageSource;

  public Messages(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  /**
   * The same texts without the application context: for start-up checks before it exists, the
   * engine REST API's error mappers (which Jersey creates) and plain unit tests.
   */
  public static Messages withoutContext() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setAlwaysUseMessageFormat(true);
    source.setFallbackToSystemLocale(false);
    return new Messages(source);
  }

  public String get(String key, Object... arguments) {
    return messageSource.getMessage(key, arguments, Locale.FRENCH);
  }

  /** The text of a key that may have none: for names that only some values have (a form field's label). */
  public Optional<String> find(String key) {
    return Optional.ofNullable(messageSource.getMessage(key, null, null, Locale.FRENCH));
  }
}
