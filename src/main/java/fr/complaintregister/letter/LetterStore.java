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

  /** A letter to mail, with what the mail needs. */
  record LetterToMail(long id, String orderNumber, LetterKind kind, String fileName, byte[] content,
                      String clientEmail, Delivery delivery) {
  }

  private static final String DESCRIPTION =
      "id, kind, issued_at, issued_by, file_name, client_email AS sent_to, delivery, posted_at, posted_by, mailed_at";
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
    return new IssuedLetter(key.getKey().longValue(), kind.name(), issuedAt, issuedBy, fileName, clientEmail,
        delivery.name(), null, null, null);
  }

  /** The letter, its row locked until the transaction ends: a second sender waits, then sees it mailed. */
  LetterToMail lockedForMail(long id) {
    return jdbc.sql("SELECT id, order_number, kind, file_name, content, client_email, delivery FROM letter WHERE id = ? FOR UPDATE")
        .param(id)
        .query((row, rowNumber) -> new LetterToMail(row.getLong("id"), row.getString("order_number"),
            LetterKind.valueOf(row.getString("kind")), row.getString("file_name"), row.getBytes("content"),
            row.getString("client_email"), Delivery.valueOf(row.getString("delivery"))))
        .single();
  }

  void markMailed(long id, LocalDateTime mailedAt) {
    jdbc.sql("UPDATE letter SET delivery = ?, mailed_at = ? WHERE id = ?").params(Delivery.MAILED.name(), mailedAt, id).update();
  }

  /** Moves the letter from one delivery state to another; nothing happens when it is in another state. */
  boolean move(long id, Delivery from, Delivery to) {
    return jdbc.sql("UPDATE letter SET delivery = ? WHERE id = ? AND delivery = ?").params(to.name(), id, from.name())
        .update() == 1;
  }

  /** Marks the letter of this row posted, when it was one to print and post; false otherwise. */
  boolean markPosted(String orderNumber, long id, LocalDateTime postedAt, String postedBy) {
    return jdbc.sql("UPDATE letter SET delivery = ?, posted_at = ?, posted_by = ? WHERE order_number = ? AND id = ?"
            + " AND delivery IN (" + String.join(", ", Delivery.POSTABLE.stream().map(d -> "'" + d.name() + "'").sorted().toList()) + ")")
        .params(Delivery.POSTED.name(), postedAt, postedBy, orderNumber, id).update() == 1;
  }

  @Override
  public List<IssuedLetter> of(String orderNumber) {
    return jdbc.sql("SELECT " + DESCRIPTION + " FROM letter WHERE order_number = ? ORDER BY id")
        .param(orderNumber).query(LETTER).list();
  }

  /** The letter of this row with this id, without its PDF. */
  Optional<IssuedLetter> description(String orderNumber, long id) {
    return jdbc.sql("SELECT " + DESCRIPTION + " FROM letter WHERE order_number = ? AND id = ?")
        .params(orderNumber, id).query(LETTER).optional();
  }

  /** The letter of this row with this id: the row is part of the key, so no other row's letter is reachable. */
  Optional<StoredLetter> find(String orderNumber, long id) {
    return jdbc.sql("SELECT " + DESCRIPTION + ", content FROM letter WHERE order_number = ? AND id = ?")
        .params(orderNumber, id)
        .query((row, rowNumber) -> new StoredLetter(LETTER.mapRow(row, rowNumber), row.getBytes("content")))
        .optional();
  }
}
