package fr.complaintregister.letter;

/** Mails an issued letter once the issuing transaction has committed, retrying while the SMTP server fails; process/ runs it on the engine. */
public interface LetterMailing {

  /** Called inside the issuing transaction: nothing is mailed if it rolls back. */
  void mailAfterCommit(long letterId, String orderNumber, String agency);
}
