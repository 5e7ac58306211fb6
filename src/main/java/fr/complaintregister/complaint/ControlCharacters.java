package fr.complaintregister.complaint;

import java.util.regex.Pattern;

/**
 * Characters no keyboard types, which PostgreSQL refuses (NUL), a page would not show, or a PDF letter cannot lay out
 * (U+FFFE, U+FFFF, half of a character: a surrogate without its pair): tab and line breaks are text.
 */
public final class ControlCharacters {

  private static final Pattern CONTROL_CHARACTER = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF\\uD800-\\uDFFF]");

  private ControlCharacters() {
  }

  public static boolean foundIn(String text) {
    return CONTROL_CHARACTER.matcher(text).find();
  }
}
