package fr.complaintregister.register;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/**
 * The audit indicators of a period (see the README for each definition). Complaints are the FS rows received in
 * the period; reviews (QS rows) are counted apart; corrective actions are those decided in the period.
 */
public record Indicators(LocalDate from, LocalDate to, String agency, String origin, String productCategory,
                         LocalDate computedOn, ComplaintCounts complaints, Delays delays, ReviewCounts reviews,
                         ActionCounts actions, List<Breakdown> byMonth, List<Breakdown> byAgency,
                         List<Breakdown> byProductCategory) {

  /**
   * Complaints counted one way: {@code received} includes the withdrawn ones, which every other figure leaves out.
   */
  public record ComplaintCounts(long received, long withdrawn, Deadline acknowledgement, Deadline answer,
                               long open, long overdue, Outcomes outcomes, long withDysfunctions) {
  }

  /**
   * One deadline met or missed: {@code pending} ones (not done yet, still within the deadline) are neither, and
   * {@code share} is {@code onTime / (onTime + late)}, null when nothing is on time or late yet.
   */
  /**
   * @param pending still open, the deadline not passed yet
   * @param unknown closed without the date (a row imported from a sheet that did not keep it)
   */
  public record Deadline(long onTime, long late, long pending, long unknown, Double share) {

    static Deadline of(long onTime, long late, long pending, long unknown) {
      long decided = onTime + late;
      return new Deadline(onTime, late, pending, unknown, decided == 0 ? null : (double) onTime / decided);
    }
  }

  public record Outcomes(long accepted, long partiallyRejected, long rejected) {
  }

  /** Days from reception to acknowledgement and to answer, for the complaints where that date is known. */
  public record Delays(DelayFigures acknowledgement, DelayFigures answer) {
  }

  /** The median and 90th percentile of some delays in days, linearly interpolated; null when there is none. */
  public record DelayFigures(int count, Double median, Double percentile90) {
  }

  public record ReviewCounts(long received, long negative) {
  }

  public record ActionCounts(long decided, long open, long overdue, long closedEffective) {
  }

  /** The complaint figures of one month ({@code yyyy-MM}), agency or product category. */
  public record Breakdown(String key, @JsonUnwrapped ComplaintCounts counts) {
  }
}
