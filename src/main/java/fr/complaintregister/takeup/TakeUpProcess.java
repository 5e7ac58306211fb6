package fr.complaintregister.takeup;

import fr.complaintregister.complaint.ComplaintStatus;
import fr.complaintregister.improvement.ActionStatus;

/**
 * Starts the process of a register row that came in without one (an imported sheet's open row) at the step its status
 * says, in the row's agency, as the engine itself: the caller's role and agency were checked first. Implemented by the
 * process engine glue; each method returns the new process instance's id.
 */
public interface TakeUpProcess {

  String complaint(String orderNumber, String agency, ComplaintStatus status);

  String review(String orderNumber, String agency);

  String action(String orderNumber, String agency, ActionStatus status);
}
