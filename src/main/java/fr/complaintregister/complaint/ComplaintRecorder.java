package fr.complaintregister.complaint;

import fr.complaintregister.deadline.DeadlineCalculator;
import fr.complaintregister.deadline.Deadlines;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a new complaint to the register with its order number and deadlines, or a new review
 * with its order number from the same counter.
 */
@Service
public class ComplaintRecorder {

  private final ComplaintRegister register;
  private final FollowUpLog followUps;
  private final OrderNumbers orderNumbers;
  private final DeadlineCalculator deadlines;
  private final ReviewSettings reviewSettings;
  private final Messages messages;
  private final Clock clock;

  public ComplaintRecorder(ComplaintRegister register, FollowUpLog followUps, OrderNumbers orderNumbers,
                           DeadlineCalculator deadlines, ReviewSettings reviewSettings, Messages messages, Clock clock) {
    this.register = register;
    this.followUps = followUps;
    this.orderNumbers = orderNumbers;
    this.deadlines = deadlines;
    this.reviewSettings = reviewSettings;
    this.messages = messages;
    this.clock = clock;
  }

  /** @return the row as recorded, with its order number */
  @Transactional(propagation = Propagation.MANDATORY)
  public RegisterEntry record(NewComplaint complaint, String recordedBy, String processInstanceId) {
    Deadlines due = deadlines.compute(complaint.receptionDate(), complaint.agency());
    String orderNumber = numbered(complaint, (sequence, number) -> register.insert(complaint, sequence, number, due,
        complaint.answeredAtOnce() ? ComplaintStatus.IN_PROGRESS : ComplaintStatus.AWAITING_ACKNOWLEDGEMENT,
        recordedBy, processInstanceId, LocalDateTime.now(clock)));
    followUps.add(orderNumber, recordedBy,
        messages.get("followUp.recorded", messages.get("channel." + complaint.channel().code())));
    return register.get(orderNumber);
  }

  /** @return the row as recorded: to examine when negative, else closed at once */
  @Transactional(propagation = Propagation.MANDATORY)
  public RegisterEntry recordReview(NewReview review, String recordedBy, String processInstanceId) {
    boolean negative = review.negative(reviewSettings);
    String orderNumber = numbered(review.entry(), (sequence, number) -> register.insertReview(review, sequence, number,
        negative ? ComplaintStatus.TO_EXAMINE : ComplaintStatus.RECORDED, recordedBy, processInstanceId,
        LocalDateTime.now(clock)));
    followUps.add(orderNumber, recordedBy, messages.get(negative ? "followUp.review.toExamine" : "followUp.review.recorded",
        messages.get("channel." + review.entry().channel().code())));
    return register.get(orderNumber);
  }

  /** Takes the row's order number from its agency's counter for its year of reception, and inserts it. */
  private String numbered(NewComplaint row, BiConsumer<Integer, String> insert) {
    int year = row.receptionDate().getYear();
    int sequence = orderNumbers.next(row.agency(), year);
    String orderNumber = OrderNumbers.format(year, row.agency(), sequence);
    insert.accept(sequence, orderNumber);
    return orderNumber;
  }
}
