package fr.complaintregister.complaint;

import fr.complaintregister.deadline.DeadlineCalculator;
import fr.complaintregister.deadline.Deadlines;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes a new complaint to the register with its order number and deadlines. */
@Service
public class ComplaintRecorder {

  private final ComplaintRegister register;
  private final FollowUpLog followUps;
  private final OrderNumbers orderNumbers;
  private final DeadlineCalculator deadlines;
  private final Messages messages;
  private final Clock clock;

  public ComplaintRecorder(ComplaintRegister register, FollowUpLog followUps, OrderNumbers orderNumbers,
                           DeadlineCalculator deadlines, Messages messages, Clock clock) {
    this.register = register;
    this.followUps = followUps;
    this.orderNumbers = orderNumbers;
    this.deadlines = deadlines;
    this.messages = messages;
    this.clock = clock;
  }

  /** @return the row as recorded, with its order number */
  @Transactional(propagation = Propagation.MANDATORY)
  public RegisterEntry record(NewComplaint complaint, String recordedBy, String processInstanceId) {
    Deadlines due = deadlines.compute(complaint.receptionDate(), complaint.agency());
    int year = complaint.receptionDate().getYear();
    int sequence = orderNumbers.next(complaint.agency(), year);
    String orderNumber = OrderNumbers.format(year, complaint.agency(), sequence);
    ComplaintStatus status = complaint.answeredAtOnce()
        ? ComplaintStatus.IN_PROGRESS : ComplaintStatus.AWAITING_ACKNOWLEDGEMENT;
    register.insert(complaint, sequence, orderNumber, due, status, recordedBy, processInstanceId,
        LocalDateTime.now(clock));
    followUps.add(orderNumber, recordedBy,
        messages.get("followUp.recorded", messages.get("channel." + complaint.channel().code())));
    return register.get(orderNumber);
  }
}
