package fr.complaintregister.complaint;

import java.util.List;

/** The letters issued to the clients of register rows; kept by the letter package, which calls this one. */
public interface IssuedLetters {

  /** The row's letters, in the order they were issued. */
  List<IssuedLetter> of(String orderNumber);
}
