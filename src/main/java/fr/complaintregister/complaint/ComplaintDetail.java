package fr.complaintregister.complaint;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A register row with its follow-up log. */
public record ComplaintDetail(@JsonUnwrapped RegisterEntry complaint, List<FollowUp> followUps) {
}
