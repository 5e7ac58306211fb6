package fr.complaintregister.improvement;

/** Starts corrective action processes; implemented by the process engine glue. */
public interface ActionProcess {

  /** Starts the action's process at "carry out", in the action's agency; returns the process instance's id. */
  String start(String orderNumber, String agency);
}
