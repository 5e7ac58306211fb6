package fr.complaintregister.document;

/** The complaint has no document of this id. */
class DocumentNotFoundException extends RuntimeException {

  DocumentNotFoundException(String orderNumber, long id) {
    super(orderNumber + "/" + id);
  }
}
