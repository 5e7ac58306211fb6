package fr.complaintregister.complaint;

/** The agencies that exist; implemented by the engine glue, where agencies are tenants. */
public interface AgencyDirectory {

  boolean exists(String agency);
}
