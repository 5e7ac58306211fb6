package fr.complaintregister.letter;

import fr.complaintregister.complaint.ApiErrors.Errors;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.letter.LetterStore.StoredLetter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The letters issued to a complaint's client, and the preview of the next one, as PDF to read in the browser. */
@RestController
@RequestMapping("/api/complaints/{orderNumber}/letters")
public class LetterController {

  private final Letters letters;
  private final Messages messages;

  LetterController(Letters letters, Messages messages) {
    this.letters = letters;
    this.messages = messages;
  }

  @GetMapping("/{id}")
  public ResponseEntity<byte[]> download(@PathVariable String orderNumber, @PathVariable long id) {
    StoredLetter letter = letters.download(orderNumber, id);
    return pdf(letter.description().fileName(), letter.content());
  }

  @PostMapping("/{id}/posted")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void posted(@PathVariable String orderNumber, @PathVariable long id) {
    letters.markPosted(orderNumber, id);
  }

  @GetMapping("/preview/{kind}")
  public ResponseEntity<byte[]> preview(@PathVariable String orderNumber, @PathVariable LetterKind kind) {
    return pdf(messages.get("letter.previewFileName", letters.label(kind), orderNumber),
        letters.preview(orderNumber, kind));
  }

  /** Inline: the browser shows the letter, ready to print. */
  private static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.NOT_FOUND)
  Errors notFound(LetterNotFoundException e) {
    return new Errors(List.of(new FieldError(null, messages.get("error.letter.notFound"))));
  }
}
