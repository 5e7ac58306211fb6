package fr.complaintregister.testing;

import fr.complaintregister.complaint.Messages;

/** The application's French messages, for unit tests that run without Spring. */
public final class FrenchMessages {

  private FrenchMessages() {
  }

  public static Messages messages() {
    return Messages.withoutContext();
  }
}
