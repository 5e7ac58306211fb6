package fr.complaintregister.register;

import fr.complaintregister.complaint.Messages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The register as CSV for a French spreadsheet: {@code ;} between cells, UTF-8 with its BOM, dates dd/MM/yyyy. */
final class CsvSheetWriter implements SheetWriter {

  static final char SEPARATOR = ';';
  static final char BOM = '\uFEFF';

  private final Writer out;
  private final CSVPrinter printer;
  private final Messages messages;

  CsvSheetWriter(OutputStream stream, Messages messages) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    this.messages = messages;
    out.write(BOM);
    this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(SEPARATOR).get());
    printer.printRecord(Arrays.stream(SheetColumn.values()).map(column -> messages.get(column.headerKey())));
  }

  @Override
  public void write(SheetRow row) throws IOException {
    printer.printRecord(Arrays.stream(SheetColumn.values())
        .map(column -> SheetCells.neutralised(SheetCells.text(row.get(column), messages))));
  }

  @Override
  public void finish() throws IOException {
    printer.flush();
    out.flush();
  }
}
