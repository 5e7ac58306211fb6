package fr.complaintregister.letter;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param organisation the organisation's name, above every agency's
 * @param templateFolder a folder whose templates replace the built-in ones of the same name, or null
 * @param agencies the letterhead of each agency, by agency code
 * @param otherAgencies the letterhead of the agencies not listed, or null: their letters are refused
 */
@ConfigurationProperties("registre.letters")
public record LetterSettings(String organisation, String templateFolder, Map<String, Letterhead> agencies,
                             Letterhead otherAgencies) {

  public LetterSettings {
    agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
  }
}
