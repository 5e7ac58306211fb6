package fr.complaintregister.history;

/**
 * No complaint or corrective action of the reader's agencies has this order number: one answer for an unknown number
 * and for another agency's, so that the answer does not tell that it exists.
 */
class HistoryNotFoundException extends RuntimeException {

  HistoryNotFoundException(String orderNumber) {
    super(orderNumber);
  }
}
