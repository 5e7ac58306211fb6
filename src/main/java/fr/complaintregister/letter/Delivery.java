package fr.complaintregister.letter;

import java.util.Set;

/**
 * What remains to do with an issued letter: print and post it (a client without an email
 * address, and the receipt handed over at the counter), or mail it after the issuing step commits.
 */
enum Delivery {
  TO_PRINT, POSTED, TO_MAIL, MAILED,
  /** The SMTP server refused or did not answer until the retries ran out: an incident waits in Cockpit. */
  MAIL_FAILED,
  /** No SMTP server is configured (spring.mail.host): the mail was only written to the log, the client has nothing. */
  MAIL_LOGGED;

  /** The letters whose mail is still to send: waiting for its job, or failed and retried from Cockpit. */
  static final Set<Delivery> TO_SEND = Set.of(TO_MAIL, MAIL_FAILED);

  /**
   * The letters someone may still print and post: a mail that failed too (an address the server refuses fails every
   * retry), which its job then leaves alone.
   */
  static final Set<Delivery> POSTABLE = Set.of(TO_PRINT, MAIL_LOGGED, MAIL_FAILED);
}
