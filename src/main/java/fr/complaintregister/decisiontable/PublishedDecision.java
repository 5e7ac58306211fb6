package fr.complaintregister.decisiontable;

/** A decision of a published table: its key, the version it now has, the deployment that holds it. */
public record PublishedDecision(String key, int version, String deploymentId) {
}
