package fr.complaintregister.complaint;

import java.time.LocalDateTime;
import java.util.List;

/** The tasks of a complaint's process that are open now, among those the current user may see. */
public interface OpenTasks {

  List<OpenTask> of(String orderNumber);

  /** A task as the complaint's page shows it, with what Tasklist needs to open it. */
  record OpenTask(String id, String name, String assignee, LocalDateTime due) {
  }
}
