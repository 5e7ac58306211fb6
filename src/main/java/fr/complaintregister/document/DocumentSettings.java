package fr.complaintregister.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxSize the largest document that may be attached to a complaint */
@ConfigurationProperties("registre.documents")
public record DocumentSettings(@DefaultValue("10MB") DataSize maxSize) {

  /** The size in megabytes, as users read it in a refusal. */
  long maxMegabytes() {
    return maxSize.toMegabytes();
  }
}
