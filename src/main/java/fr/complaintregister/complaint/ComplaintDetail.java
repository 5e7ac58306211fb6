package fr.complaintregister.complaint;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A register row with its follow-up log, the corrections of its recorded fields, its attached documents,
 * its corrective actions and the letters issued to its client.
 *
 * @param withdrawal how it was withdrawn, null while it is not
 * @param replaces the withdrawn complaints it was recorded in place of
 * @param actions the corrective actions it is a source of
 */
public record ComplaintDetail(@JsonUnwrapped RegisterEntry complaint, List<FollowUp> followUps,
                              List<Correction> corrections, Withdrawal withdrawal, List<String> replaces,
                              List<AttachedDocument> documents, List<LinkedAction> actions,
                              List<IssuedLetter> letters) {
}
