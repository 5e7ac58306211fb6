package fr.complaintregister.complaint;

import java.util.Collection;
import java.util.Set;

/** The agencies whose complaints someone may see and act on: every agency, or those they belong to. */
public record AgencyScope(boolean everyAgency, Set<String> agencies) {

  public AgencyScope {
    agencies = Set.copyOf(agencies);
  }

  public static AgencyScope every() {
    return new AgencyScope(true, Set.of());
  }

  public static AgencyScope of(Collection<String> agencies) {
    return new AgencyScope(false, Set.copyOf(agencies));
  }

  public boolean includes(String agency) {
    return everyAgency || agencies.contains(agency);
  }
}
