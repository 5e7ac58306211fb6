package fr.complaintregister.document;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name a document is shown and downloaded under: the sender's file name without its folders,
 * invisible characters (a right-to-left override could show "exe.pdf" as "pdf.exe") or characters
 * that no file system accepts.
 */
final class FileNames {

  static final int MAX_LENGTH = 200;

  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
  private static final Pattern FORBIDDEN = Pattern.compile("[\"*:<>?|]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private FileNames() {
  }

  static String forDisplay(String submitted) {
    String name = submitted == null ? "" : submitted;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    name = SPACES.matcher(name).replaceAll(" ");
    name = INVISIBLE.matcher(name).replaceAll("");
    name = FORBIDDEN.matcher(name).replaceAll("_").strip();
    return shortened(name);
  }

  /** Shortens a long name before its extension, without splitting a character. */
  private static String shortened(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot);
    int keptLength = MAX_LENGTH - extension.codePointCount(0, extension.length());
    return name.substring(0, name.offsetByCodePoints(0, Math.max(keptLength, 0))).strip() + extension;
  }
}
