package fr.complaintregister.improvement;

/** No corrective action has this order number. */
public class ActionNotFoundException extends RuntimeException {

  public ActionNotFoundException(String orderNumber) {
    super(orderNumber);
  }
}
