package fr.complaintregister.retention;

/** The engine's history of a register row's processes: Camunda history has no update, so its client data is deleted. */
public interface ClientDataHistory {

  /** Deletes the variables of every process instance of the row, keeping the instances, their activities and dates. */
  void eraseVariables(String orderNumber);
}
