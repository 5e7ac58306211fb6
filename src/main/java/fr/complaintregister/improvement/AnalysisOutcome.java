package fr.complaintregister.improvement;

/**
 * What the quality manager concluded about a register row that may call for a corrective action (a complaint's
 * dysfunctions, a negative review): a new action, an action already under way, or none, with the reason.
 */
public sealed interface AnalysisOutcome {

  record NewAction(ActionDecision decision) implements AnalysisOutcome {
  }

  record ExistingAction(String orderNumber) implements AnalysisOutcome {
  }

  record NoAction(String reason) implements AnalysisOutcome {
  }
}
