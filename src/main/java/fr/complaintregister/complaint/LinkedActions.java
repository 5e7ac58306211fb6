package fr.complaintregister.complaint;

import java.util.List;

/** The corrective actions register rows are sources of; kept by the improvement package, which calls this one. */
public interface LinkedActions {

  /** The row's actions, oldest first. */
  List<LinkedAction> of(String sourceOrderNumber);
}
