package fr.complaintregister.letter;

/**
 * What remains to do with an issued letter. Only {@link #TO_PRINT} is written today; the mail
 * steps are the states a letter goes through once letters are mailed to clients with an address.
 */
enum Delivery {
  TO_PRINT, POSTED, TO_MAIL, MAILED, MAIL_FAILED
}
