package fr.complaintregister.register;

import fr.complaintregister.complaint.FrenchDate;
import fr.complaintregister.complaint.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A cell's value as text, as the CSV writes it and as an imported cell is compared with the register. A text a
 * spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}) is written after a {@code '},
 * as spreadsheets mark a text typed so; a text already starting so gets one more, so that stripping one gives it back.
 */
final class SheetCells {

  private static final Pattern FORMULA_LIKE = Pattern.compile("^'*[=+\\-@].*", Pattern.DOTALL);
  private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@].*", Pattern.DOTALL);

  private SheetCells() {
  }

  static String text(Object value, Messages messages) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return date.format(FrenchDate.FORMAT);
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString().replace('.', ',');
    }
    if (value instanceof Boolean flag) {
      return messages.get(flag ? "sheet.yes" : "sheet.no");
    }
    return value.toString();
  }

  /** Whether a spreadsheet would run the text as a formula, or it starts like one already neutralised. */
  static boolean formulaLike(String text) {
    return FORMULA_LIKE.matcher(text).matches();
  }

  static String neutralised(String text) {
    return formulaLike(text) ? "'" + text : text;
  }

  static String restored(String text) {
    return NEUTRALISED.matcher(text).matches() ? text.substring(1) : text;
  }

  /** What a cell of a workbook holds at most; the CSV export has no such limit. */
  static final int XLSX_CELL_LENGTH = 32_767;

  /**
   * The text as a workbook's cell can hold it: a longer one (a "Suivi" of many long notes) is cut, and says so in
   * French, rather than failing the whole download.
   */
  static String withinXlsxCell(String text, Messages messages) {
    if (text.length() <= XLSX_CELL_LENGTH) {
      return text;
    }
    String cut = messages.get("sheet.cutCell");
    int end = XLSX_CELL_LENGTH - cut.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + cut;
  }

  /** Whether a cell read back is the register's text, cut by the workbook's limit ({@link #withinXlsxCell}). */
  static boolean sameOrCut(String cell, String registerText, Messages messages) {
    String cut = messages.get("sheet.cutCell");
    return cell.equals(registerText)
        || cell.endsWith(cut) && registerText.startsWith(cell.substring(0, cell.length() - cut.length()));
  }
}
