package fr.complaintregister.letter;

import fr.complaintregister.complaint.IssuedLetter;
import fr.complaintregister.complaint.IssuedLetters;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The letters issued to the clients of register rows, their PDF included, in the register's own table. */
@Repository
class LetterStore implements IssuedLetters {

  /** A letter and its PDF, for download. */
  record StoredLetter(IssuedLetter description, byte[] content) {
  }

  private static final String DESCRIPTION = "id, kind, issued_at, issued_by, file_name, delivery";
  private static final RowMapper<IssuedLetter> LETTER = new DataClassRowMapper<>(IssuedLetter.class);

  private final JdbcClient jdbc;

  LetterStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @param clientEmail the client's address when it was issued, or null */
  IssuedLetter add(String orderNumber, LetterKind kind, LocalDateTime issuedAt, String issuedBy, String fileName,
                   byte[] content, String clientEmail, Delivery delivery) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO letter (order_number, kind, issued_at, issued_by, file_name, content, client_email, delivery)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(orderNumber, kind.name(), issuedAt, issuedBy, fileName, content, clientEmail, delivery.name())
        .update(key, "id");
    return new IssuedLetter(key.getKey().longValue(), kind.name(), issuedAt, issuedBy, fileName, delivery.name());
  }

  @Override
  public List<IssuedLetter> of(String orderNumber) {
    return jdbc.sql("SELECT " + DESCRIPTION + " FROM letter WHERE order_number = ? ORDER BY id")
        .param(orderNumber).query(LETTER).list();
  }

  /** The letter of this row with this id: the row is part of the key, so no other row's letter is reachable. */
  Optional<StoredLetter> find(String orderNumber, long id) {
    return jdbc.sql("SELECT " + DESCRIPTION + ", content FROM letter WHERE order_number = ? AND id = ?")
        .params(orderNumber, id)
        .query((row, rowNumber) -> new StoredLetter(LETTER.mapRow(row, rowNumber), row.getBytes("content")))
        .optional();
  }
}
