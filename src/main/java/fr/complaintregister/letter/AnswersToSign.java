package fr.complaintregister.letter;

import fr.complaintregister.complaint.Answer;
import java.util.Optional;

/** The answer a complaint's signatory is asked to sign; implemented by the engine glue, where it waits in the signature task. */
public interface AnswersToSign {

  Optional<Answer> of(String orderNumber);
}
