package fr.complaintregister.document;

import fr.complaintregister.complaint.ApiErrors.Errors;
import fr.complaintregister.complaint.AttachedDocument;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.document.DocumentStore.StoredDocument;
import java.io.IOException;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** The documents of a complaint: the client's letter, a scan, a photo. */
@RestController
@RequestMapping("/api/complaints/{orderNumber}/documents")
public class DocumentController {

  private final DocumentService documents;
  private final DocumentSettings settings;
  private final Messages messages;

  public DocumentController(DocumentService documents, DocumentSettings settings, Messages messages) {
    this.documents = documents;
    this.settings = settings;
    this.messages = messages;
  }

  @PostMapping
  public ResponseEntity<AttachedDocument> attach(@PathVariable String orderNumber,
                                                 @RequestParam(required = false) MultipartFile file) throws IOException {
    AttachedDocument attached = file == null
        ? documents.attach(orderNumber, null, new byte[0])
        : documents.attach(orderNumber, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create("/api/complaints/" + orderNumber + "/documents/" + attached.id()))
        .body(attached);
  }

  /** Always as an attachment of its stored type, never sniffed: an uploaded file never opens as one of our pages. */
  @GetMapping("/{id}")
  public ResponseEntity<byte[]> download(@PathVariable String orderNumber, @PathVariable long id) {
    StoredDocument document = documents.download(orderNumber, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.description().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(document.description().fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(document.content());
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  Errors tooLarge(MaxUploadSizeExceededException e) {
    return new Errors(List.of(new FieldError("file", messages.get("error.document.tooLarge", settings.maxMegabytes()))));
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.NOT_FOUND)
  Errors notFound(DocumentNotFoundException e) {
    return new Errors(List.of(new FieldError(null, messages.get("error.document.notFound"))));
  }
}
