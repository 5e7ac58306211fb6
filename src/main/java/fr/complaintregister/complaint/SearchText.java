package fr.complaintregister.complaint;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as the register's search compares it: lower case, without accents, ligatures spelt out. */
public final class SearchText {

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

  private SearchText() {
  }

  public static String of(String... parts) {
    String joined = String.join(" ", parts).toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
    return ACCENTS.matcher(Normalizer.normalize(joined, Normalizer.Form.NFD)).replaceAll("");
  }
}
