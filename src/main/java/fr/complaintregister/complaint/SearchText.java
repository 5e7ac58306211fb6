package fr.complaintregister.complaint;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as the register's search compares it: lower case, without accents, ligatures spelt out. */
public final class SearchText {

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  /**
   * The search columns' size: spelt out, a text may grow beyond the fields it is made of (œ gives oe, a Korean
   * syllable two or three letters); what lies beyond is not searched.
   */
  public static final int MAX_LENGTH = 2300;

  private SearchText() {
  }

  public static String of(String... parts) {
    String joined = String.join(" ", parts).toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
    String text = ACCENTS.matcher(Normalizer.normalize(joined, Normalizer.Form.NFD)).replaceAll("");
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    // Never half a character: a lone surrogate is not UTF-8, which PostgreSQL refuses.
    int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
    return text.substring(0, end);
  }
}
