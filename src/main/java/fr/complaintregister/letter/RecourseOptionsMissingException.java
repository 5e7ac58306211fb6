package fr.complaintregister.letter;

import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import java.util.List;

/**
 * An answer that rejects the client's request, even in part, must show the recourse options: the
 * answer has none (a row from before the check, an import), or the letter's template leaves them out.
 */
public class RecourseOptionsMissingException extends InvalidInputException {

  RecourseOptionsMissingException(String message) {
    super(List.of(new FieldError("recourseOptions", message)));
  }
}
