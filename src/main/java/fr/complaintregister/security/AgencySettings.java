package fr.complaintregister.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param networkGroups the groups that work for the whole network, members of every agency */
@ConfigurationProperties("registre.agencies")
public record AgencySettings(List<String> networkGroups) {

  public AgencySettings {
    networkGroups = networkGroups == null ? List.of() : List.copyOf(networkGroups);
  }
}
