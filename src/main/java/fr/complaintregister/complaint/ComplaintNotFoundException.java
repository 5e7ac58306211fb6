package fr.complaintregister.complaint;

/** No register row has this order number. */
public class ComplaintNotFoundException extends RuntimeException {

  public ComplaintNotFoundException(String orderNumber) {
    super(orderNumber);
  }
}
