package fr.complaintregister.improvement;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.complaintregister.complaint.FollowUp;
import java.util.List;

/** A corrective action with the order numbers of the rows it answers and its follow-up log. */
public record ActionDetail(@JsonUnwrapped CorrectiveAction action, List<String> sources, List<FollowUp> followUps) {
}
