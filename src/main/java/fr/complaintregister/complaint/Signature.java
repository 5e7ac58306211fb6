package fr.complaintregister.complaint;

/** The signatory's decision on an answer, and their reason when they send it back. */
public record Signature(SignatureDecision decision, String comment) {

  public boolean signed() {
    return decision == SignatureDecision.SIGNED;
  }
}
