package fr.complaintregister.letter;

/**
 * An answer that rejects the client's request, even in part, must show the recourse options: the
 * answer has none (a row from before the check, an import), or the letter's template leaves them out.
 */
public class RecourseOptionsMissingException extends IllegalStateException {

  RecourseOptionsMissingException(String message) {
    super(message);
  }
}
