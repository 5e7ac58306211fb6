package fr.complaintregister.complaint;

import java.util.List;

/** The agencies that exist; implemented by the engine glue, where agencies are tenants. */
public interface AgencyDirectory {

  boolean exists(String agency);

  /** Every agency's code, in order. */
  List<String> codes();

  /**
   * Who may be put in charge of the agency's work: its members, directly or through a group (network-wide
   * people are), except those who only read (the auditors). By name.
   */
  List<AgencyMember> peopleInCharge(String agency);

  default boolean mayBeInCharge(String userId, String agency) {
    return peopleInCharge(agency).stream().anyMatch(member -> member.id().equals(userId));
  }
}
