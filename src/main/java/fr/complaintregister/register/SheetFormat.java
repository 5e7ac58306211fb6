package fr.complaintregister.register;

import fr.complaintregister.complaint.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/** The spreadsheet files the register is exported to and imported from. */
public enum SheetFormat {
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv;charset=UTF-8");

  final String extension;
  final String contentType;

  SheetFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  static Optional<SheetFormat> ofExtension(String extension) {
    return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
  }

  SheetWriter writer(OutputStream stream, Messages messages) throws IOException {
    return this == XLSX ? new XlsxSheetWriter(stream, messages) : new CsvSheetWriter(stream, messages);
  }
}
