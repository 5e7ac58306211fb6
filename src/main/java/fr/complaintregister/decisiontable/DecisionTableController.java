package fr.complaintregister.decisiontable;

import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** The quality manager's upload of a new version of the qualification or signing-level table. */
@RestController
public class DecisionTableController {

  /** Far above any table of ours: uploads in general may be larger (documents), tables may not. */
  private static final long MAX_TABLE_BYTES = 1024 * 1024;

  private final DecisionTablePublisher publisher;

  public DecisionTableController(DecisionTablePublisher publisher) {
    this.publisher = publisher;
  }

  @PostMapping("/api/decision-tables")
  @ResponseStatus(HttpStatus.CREATED)
  public List<PublishedDecision> publish(@RequestParam(required = false) MultipartFile file) throws IOException {
    if (file != null && file.getSize() > MAX_TABLE_BYTES) {
      throw new MaxUploadSizeExceededException(MAX_TABLE_BYTES);
    }
    return publisher.publish(file == null ? new byte[0] : file.getBytes());
  }
}
