package fr.complaintregister.complaint;

/**
 * A satisfaction questionnaire answer or an online review (a QS row), checked, before it gets its
 * order number: the author, date, text and agency in {@code entry}, as for a complaint.
 *
 * @param rating 1 to 5, or null when the review gives none
 * @param platform where the review was left (Google, say), or null
 * @param markedNegative marked negative by hand, whatever its rating
 */
public record NewReview(NewComplaint entry, Integer rating, String platform, boolean markedNegative) {

  /** Negative: marked so by hand, or rated below the threshold. */
  public boolean negative(ReviewSettings settings) {
    return markedNegative || rating != null && rating < settings.negativeBelow();
  }
}
