package fr.complaintregister.letter;

import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Each agency's letterhead, as configured: an agency without one issues no letter, and says so in French. */
@Component
class Letterheads {

  private final LetterSettings settings;
  private final Messages messages;

  Letterheads(LetterSettings settings, Messages messages) {
    this.settings = settings;
    this.messages = messages;
  }

  /** @throws InvalidInputException when the agency has no letterhead */
  Letterhead of(String agency) {
    return Optional.ofNullable(settings.agencies().get(agency))
        .or(() -> Optional.ofNullable(settings.otherAgencies()))
        .orElseThrow(() -> new InvalidInputException(List.of(
            new FieldError("agency", messages.get("error.letter.noLetterhead", agency)))));
  }

  String organisation() {
    return settings.organisation();
  }
}
