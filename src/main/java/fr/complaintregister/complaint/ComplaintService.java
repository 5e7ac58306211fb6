package fr.complaintregister.complaint;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The domain API's use cases on complaints. */
@Service
public class ComplaintService {

  private final ComplaintForm form;
  private final ComplaintProcess process;
  private final ComplaintRegister register;
  private final FollowUpLog followUps;
  private final Messages messages;
  private final CurrentUser currentUser;

  public ComplaintService(ComplaintForm form, ComplaintProcess process, ComplaintRegister register,
                          FollowUpLog followUps, Messages messages, CurrentUser currentUser) {
    this.form = form;
    this.process = process;
    this.register = register;
    this.followUps = followUps;
    this.messages = messages;
    this.currentUser = currentUser;
  }

  /** Records the complaint and starts its process, all or nothing. */
  @Transactional
  public RecordedComplaint record(Map<String, ?> submitted) {
    form.read(submitted);
    String orderNumber = process.start(ComplaintForm.submittedValues(submitted));
    return RecordedComplaint.of(register.get(orderNumber));
  }

  @Transactional(readOnly = true)
  public ComplaintDetail detail(String orderNumber) {
    return new ComplaintDetail(register.get(orderNumber), followUps.of(orderNumber));
  }

  @Transactional
  public FollowUp addFollowUp(String orderNumber, Map<String, ?> submitted) {
    register.get(orderNumber); // an unknown complaint is a 404, before any field check
    SubmittedFields fields = new SubmittedFields(submitted, messages);
    String text = fields.requiredText("text", 4000);
    fields.throwIfInvalid();
    return followUps.add(orderNumber, currentUser.id(), text);
  }
}
