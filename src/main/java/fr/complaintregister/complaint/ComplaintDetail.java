package fr.complaintregister.complaint;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A register row with its follow-up log and its attached documents. */
public record ComplaintDetail(@JsonUnwrapped RegisterEntry complaint, List<FollowUp> followUps,
                              List<AttachedDocument> documents) {
}
