package fr.complaintregister.complaint;

/**
 * The copies of a register row that a complaint's open tasks show (Tasklist's card, the summary
 * at the top of the form); implemented by the process engine glue.
 */
public interface OpenTaskCopies {

  /** Copies the row as it is now onto the complaint's open tasks, after a correction. */
  void refresh(String orderNumber);
}
