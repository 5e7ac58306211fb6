package fr.complaintregister.letter;

import fr.complaintregister.complaint.Answer;
import java.util.Optional;

/** The answer a complaint's signatory is asked to sign; implemented by the engine glue, where it waits in the signature task. */
public interface AnswersToSign {

  /** The answer waiting for this person's signature: empty when no signature task of the complaint is theirs to take. */
  Optional<Answer> awaiting(String orderNumber, String signatory);
}
