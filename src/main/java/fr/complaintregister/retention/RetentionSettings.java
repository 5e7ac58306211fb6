package fr.complaintregister.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the register keeps a client's personal data after a row is closed (answered, withdrawn, examined): the
 * audit retention. After it, {@link ClientDataAnonymisation} anonymises the row.
 *
 * @param years the audit retention, in years after closure
 * @param batchSize rows anonymised per transaction
 */
@ConfigurationProperties("registre.retention")
public record RetentionSettings(@DefaultValue("5") int years, @DefaultValue("100") int batchSize) {

  /** The most days {@link #years()} years can hold: (years + 3) / 4 leap days at most (5 years: 1,827 days). */
  public long longestDays() {
    return 365L * years + (years + 3) / 4;
  }
}
