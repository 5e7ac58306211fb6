package fr.complaintregister.improvement;

import fr.complaintregister.complaint.ComplaintDetail;
import fr.complaintregister.complaint.ComplaintService;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** The domain API of satisfaction questionnaire answers and reviews (QS rows) beyond their recording. */
@RestController
class ReviewController {

  /** A platform's export of a few thousand reviews: far less than a document may weigh. */
  private static final long MAX_IMPORT_BYTES = 2L * 1024 * 1024;

  private final ReviewImport reviewImport;
  private final Reviews reviews;
  private final ComplaintService complaints;

  ReviewController(ReviewImport reviewImport, Reviews reviews, ComplaintService complaints) {
    this.reviewImport = reviewImport;
    this.reviews = reviews;
    this.complaints = complaints;
  }

  @PostMapping("/api/reviews/import")
  ReviewImport.Report importReviews(@RequestParam(required = false) MultipartFile file,
                                    @RequestParam(required = false) String agency) throws IOException {
    if (file != null && file.getSize() > MAX_IMPORT_BYTES) {
      throw new MaxUploadSizeExceededException(MAX_IMPORT_BYTES);
    }
    return reviewImport.importCsv(file == null ? new byte[0] : file.getBytes(), agency);
  }

  @PutMapping("/api/complaints/{orderNumber}/public-reply")
  ComplaintDetail replyInPublic(@PathVariable String orderNumber, @RequestBody Map<String, Object> reply) {
    reviews.replyInPublic(orderNumber, reply);
    return complaints.detail(orderNumber);
  }
}
