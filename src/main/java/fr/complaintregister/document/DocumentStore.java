package fr.complaintregister.document;

import fr.complaintregister.complaint.AttachedDocument;
import fr.complaintregister.complaint.AttachedDocuments;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The documents attached to register rows, content included, in the register's own table. */
@Repository
class DocumentStore implements AttachedDocuments {

  /** A document and its bytes, for download. */
  record StoredDocument(AttachedDocument description, byte[] content) {
  }

  private static final String DESCRIPTION = "id, file_name, content_type, size_bytes AS size, uploaded_by, uploaded_at";
  private static final RowMapper<AttachedDocument> DOCUMENT = new DataClassRowMapper<>(AttachedDocument.class);

  private final JdbcClient jdbc;

  DocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  AttachedDocument add(String orderNumber, String fileName, String contentType, byte[] content, String uploadedBy,
                       LocalDateTime uploadedAt) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO attached_document (order_number, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(orderNumber, fileName, contentType, content.length, content, uploadedBy, uploadedAt)
        .update(key, "id");
    return new AttachedDocument(key.getKey().longValue(), fileName, contentType, content.length, uploadedBy, uploadedAt);
  }

  @Override
  public List<AttachedDocument> of(String orderNumber) {
    return jdbc.sql("SELECT " + DESCRIPTION + " FROM attached_document WHERE order_number = ? ORDER BY id").param(orderNumber).query(DOCUMENT).list();
  }

  /** The document of this row with this id: the row is part of the key, so no other row's document is reachable. */
  Optional<StoredDocument> find(String orderNumber, long id) {
    return jdbc.sql("SELECT " + DESCRIPTION + ", content FROM attached_document WHERE order_number = ? AND id = ?")
        .params(orderNumber, id)
        .query((row, rowNumber) -> new StoredDocument(DOCUMENT.mapRow(row, rowNumber), row.getBytes("content")))
        .optional();
  }
}
