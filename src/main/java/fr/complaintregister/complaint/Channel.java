package fr.complaintregister.complaint;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the complaint reached the organisation. */
public enum Channel {
  PRESENTIEL, COURRIER, EMAIL, TELEPHONE, FORMULAIRE;

  /** The code used in forms, JSON and exports. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Channel> fromCode(String code) {
    return Arrays.stream(values()).filter(channel -> channel.code().equals(code)).findFirst();
  }
}
