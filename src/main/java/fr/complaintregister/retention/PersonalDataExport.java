package fr.complaintregister.retention;

import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.complaint.SearchText;
import fr.complaintregister.register.RegisterExport;
import fr.complaintregister.register.SheetFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's access request (GDPR article 15): the register rows naming the client, with their letters and documents,
 * in one ZIP file. A row names the client when its client's name is the one asked for (case, accents and ligatures
 * ignored), or when the address asked for is its client's e-mail address or one a letter of it was sent to.
 */
@Service
public class PersonalDataExport {

  private final NamedParameterJdbcTemplate jdbc;
  /** Hands the files one row at a time: PostgreSQL otherwise reads every row of the result before the first. */
  private final NamedParameterJdbcTemplate fileByFile;
  private final RegisterExport registerExport;
  private final Messages messages;

  PersonalDataExport(JdbcTemplate jdbc, RegisterExport registerExport, Messages messages) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    JdbcTemplate oneRowAtATime = new JdbcTemplate(jdbc.getDataSource());
    oneRowAtATime.setFetchSize(1);
    this.fileByFile = new NamedParameterJdbcTemplate(oneRowAtATime);
    this.registerExport = registerExport;
    this.messages = messages;
  }

  /** @return the order numbers of the rows of these agencies that name the client, oldest first */
  @Transactional(readOnly = true)
  public List<String> rowsNaming(String client, AgencyScope scope) {
    String name = SearchText.of(client);
    String email = client.toLowerCase(Locale.ROOT);
    // The search text starts with the client's name: its prefix finds candidates, the exact name decides.
    return jdbc.query("""
            SELECT order_number, agency, client_name, CASE WHEN LOWER(client_email) = :email
              OR order_number IN (SELECT order_number FROM letter WHERE LOWER(client_email) = :email)
              THEN 1 ELSE 0 END AS by_email
            FROM register_entry
            WHERE search_text LIKE :namePrefix OR LOWER(client_email) = :email
              OR order_number IN (SELECT order_number FROM letter WHERE LOWER(client_email) = :email)
            ORDER BY reception_date, id""",
            new MapSqlParameterSource("namePrefix", likePrefix(name + " ")).addValue("email", email),
            (row, number) -> naming(row, name) && scope.includes(row.getString("agency")) ? row.getString("order_number") : null)
        .stream().filter(Objects::nonNull).toList();
  }

  private static boolean naming(ResultSet row, String name) throws SQLException {
    return row.getInt("by_email") == 1 || SearchText.of(row.getString("client_name")).equals(name);
  }

  /** Writes the ZIP: the rows as the register's spreadsheet, then each letter and document as issued or attached. */
  @Transactional(readOnly = true)
  public void write(List<String> orderNumbers, OutputStream stream) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(stream)) {
      zip.putNextEntry(new ZipEntry(messages.get("personalData.sheet")));
      registerExport.write(SheetFormat.XLSX, orderNumbers, zip);
      zip.closeEntry();
      if (!orderNumbers.isEmpty()) {
        addFiles(zip, "letter", messages.get("personalData.letters"), orderNumbers);
        addFiles(zip, "attached_document", messages.get("personalData.documents"), orderNumbers);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One file at a time from the database into the ZIP (within the transaction): never all of a client's files at once. */
  private void addFiles(ZipOutputStream zip, String table, String folder, List<String> orderNumbers) {
    fileByFile.query("SELECT order_number, id, file_name, content FROM " + table
            + " WHERE order_number IN (:numbers) AND content IS NOT NULL ORDER BY order_number, id",
        new MapSqlParameterSource("numbers", orderNumbers),
        row -> {
          try {
            zip.putNextEntry(new ZipEntry(folder + "/" + messages.get("personalData.file", row.getString("order_number"),
                row.getLong("id"), row.getString("file_name"))));
            zip.write(row.getBytes("content"));
            zip.closeEntry();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String likePrefix(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
