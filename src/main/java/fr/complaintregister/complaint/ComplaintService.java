package fr.complaintregister.complaint;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The domain API's use cases on complaints. */
@Service
public class ComplaintService {

  private final ComplaintProcess process;
  private final ReviewProcess reviewProcess;
  private final ComplaintRegister register;
  private final FollowUpLog followUps;
  private final CorrectionLog corrections;
  private final Messages messages;
  private final CurrentUser currentUser;
  private final ComplaintAccess access;
  private final OpenTasks openTasks;
  private final AttachedDocuments documents;
  private final LinkedActions actions;
  private final IssuedLetters letters;

  public ComplaintService(ComplaintProcess process, ReviewProcess reviewProcess, ComplaintRegister register, FollowUpLog followUps,
                          CorrectionLog corrections, Messages messages, CurrentUser currentUser, ComplaintAccess access,
                          OpenTasks openTasks, AttachedDocuments documents, LinkedActions actions,
                          IssuedLetters letters) {
    this.process = process;
    this.reviewProcess = reviewProcess;
    this.register = register;
    this.followUps = followUps;
    this.corrections = corrections;
    this.messages = messages;
    this.currentUser = currentUser;
    this.access = access;
    this.openTasks = openTasks;
    this.documents = documents;
    this.actions = actions;
    this.letters = letters;
  }

  /**
   * Records the complaint and starts its process, all or nothing; the process's recording step
   * checks the form, the role and the agency, for Tasklist and this API alike. A satisfaction
   * questionnaire answer or review (origin QS) starts the review process instead.
   */
  @Transactional
  public RecordedComplaint record(Map<String, ?> submitted) {
    String orderNumber = Origin.QS.name().equals(submitted.get(ComplaintForm.ORIGIN))
        ? reviewProcess.start(ComplaintForm.submittedReviewValues(submitted))
        : process.start(ComplaintForm.submittedValues(submitted));
    return RecordedComplaint.of(register.get(orderNumber));
  }

  @Transactional(readOnly = true)
  public ComplaintDetail detail(String orderNumber) {
    return new ComplaintDetail(access.readable(register.get(orderNumber)), followUps.of(orderNumber),
        corrections.of(orderNumber), register.withdrawal(orderNumber).orElse(null), register.replacedRows(orderNumber),
        documents.of(orderNumber), actions.of(orderNumber), letters.of(orderNumber));
  }

  /** The complaint's tasks open now that the caller may see in Tasklist. */
  @Transactional(readOnly = true)
  public List<OpenTasks.OpenTask> openTasks(String orderNumber) {
    access.readable(register.get(orderNumber));
    return openTasks.of(orderNumber);
  }

  @Transactional
  public FollowUp addFollowUp(String orderNumber, Map<String, ?> submitted) {
    // An unknown or forbidden complaint is a 404 or a 403, before any field check.
    access.writable(register.get(orderNumber));
    SubmittedFields fields = new SubmittedFields(submitted, messages);
    String text = fields.requiredText("text", 4000);
    fields.throwIfInvalid();
    return followUps.add(orderNumber, currentUser.id(), text);
  }
}
