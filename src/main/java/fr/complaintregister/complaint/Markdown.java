package fr.complaintregister.complaint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client text inside the Markdown of task forms (Camunda Forms' text view renders it): shown
 * exactly as typed, as text, never as a link, image, emphasis, heading, list or HTML.
 */
public final class Markdown {

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  /** A backslash at the end of a line: a line break that stays in the paragraph, so no line can start a block. */
  private static final String HARD_LINE_BREAK = Matcher.quoteReplacement("\\\n");

  private Markdown() {
  }

  /**
   * CommonMark lets a backslash precede any ASCII punctuation and then shows it as text: escaping
   * every one defeats emphasis, links, images, HTML tags, entities and bare-URL autolinks
   * ({@code www.x.fr}, {@code http://x}) at once, and a line can no longer start a heading or list.
   */
  public static String literal(String text) {
    StringBuilder escaped = new StringBuilder(text.length() * 2);
    text.chars().forEach(character -> {
      if (isAsciiPunctuation(character)) {
        escaped.append('\\');
      }
      escaped.append((char) character);
    });
    return LINE_BREAK.matcher(escaped).replaceAll(HARD_LINE_BREAK);
  }

  private static boolean isAsciiPunctuation(int character) {
    return character > ' ' && character < 127 && !Character.isLetterOrDigit(character);
  }
}
