package fr.complaintregister.complaint;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** An uploaded CSV file's text: UTF-8 only (a spreadsheet's "CSV UTF-8"), its byte-order mark left aside. */
public final class CsvText {

  private static final char BOM = '\uFEFF';

  private CsvText() {
  }

  /** @throws InvalidInputException in French, for a file in another encoding */
  public static String of(byte[] file, Messages messages) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file)).toString();
      return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      throw new InvalidInputException(List.of(new FieldError("file", messages.get("error.import.encoding"))));
    }
  }
}
