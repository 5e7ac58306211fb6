package fr.complaintregister.complaint;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The French texts users read, from {@code messages.properties}. */
@Component
public class Messages {

  private final MessageSource messageSource;

  public Messages(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  public String get(String key, Object... arguments) {
    return messageSource.getMessage(key, arguments, Locale.FRENCH);
  }
}
