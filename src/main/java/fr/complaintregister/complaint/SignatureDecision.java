package fr.complaintregister.complaint;

/** What the signatory does with an answer that needs their authorisation. */
public enum SignatureDecision {
  SIGNED, REFUSED
}
