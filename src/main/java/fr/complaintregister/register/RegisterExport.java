package fr.complaintregister.register;

import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the register's rows a reader may see into a spreadsheet, streamed from the database to the download. */
@Service
public class RegisterExport {

  private final RegisterSheetRows rows;
  private final Messages messages;

  RegisterExport(RegisterSheetRows rows, Messages messages) {
    this.rows = rows;
    this.messages = messages;
  }

  /** One read-only transaction, so that PostgreSQL hands the rows by the fetch size instead of all at once. */
  @Transactional(readOnly = true)
  public void write(SheetFormat format, RegisterQuery query, AgencyScope scope, OutputStream stream) throws IOException {
    SheetWriter writer = format.writer(stream, messages);
    try {
      rows.each(query, scope, row -> {
        try {
          writer.write(row);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.finish();
  }

  /** The given rows, whatever their agency (the caller checked who may see them), by year then in the order received. */
  @Transactional(readOnly = true)
  public void write(SheetFormat format, Collection<String> orderNumbers, OutputStream stream) throws IOException {
    SheetWriter writer = format.writer(stream, messages);
    for (SheetRow row : rows.byOrderNumber(orderNumbers).values()) {
      writer.write(row);
    }
    writer.finish();
  }
}
