package fr.complaintregister.complaint;

import java.util.List;

/** The documents attached to register rows; kept by the document package, which calls this one. */
public interface AttachedDocuments {

  /** The row's documents, in the order they were attached. */
  List<AttachedDocument> of(String orderNumber);
}
