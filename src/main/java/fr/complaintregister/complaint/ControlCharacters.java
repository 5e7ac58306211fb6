package fr.complaintregister.complaint;

import java.util.regex.Pattern;

/** Characters no keyboard types, which PostgreSQL refuses (NUL) or a page would not show: tab and line breaks are text. */
public final class ControlCharacters {

  private static final Pattern CONTROL_CHARACTER = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  private ControlCharacters() {
  }

  public static boolean foundIn(String text) {
    return CONTROL_CHARACTER.matcher(text).find();
  }
}
