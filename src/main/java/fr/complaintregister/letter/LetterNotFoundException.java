package fr.complaintregister.letter;

/** The complaint has no letter of this id. */
class LetterNotFoundException extends RuntimeException {

  LetterNotFoundException(String orderNumber, long id) {
    super(orderNumber + "/" + id);
  }
}
