package fr.complaintregister.complaint;

/** The agencies that exist; implemented by the engine glue, where agencies are tenants. */
public interface AgencyDirectory {

  boolean exists(String agency);

  /** Whether the user belongs to the agency, directly or through a group (network-wide people do). */
  boolean isMember(String userId, String agency);
}
