package fr.complaintregister.complaint;

/** A letter or document whose content was erased with the client's personal data, after the register's retention. */
public class ErasedContentException extends RuntimeException {

  public ErasedContentException(String orderNumber, long id) {
    super(orderNumber + " / " + id);
  }
}
