package fr.complaintregister.notification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Staff and their open tasks; implemented by the engine glue, where users and tasks are Camunda's. */
public interface Staff {

  /** The open tasks of a complaint or corrective action that the alert is about. */
  List<StaffTask> tasksAlerted(StaffAlert alert, String reference);

  /** Every open task of a complaint or action due before that day begins, overdue ones included, by due date. */
  List<StaffTask> dueBefore(LocalDate day);

  /** Those of these tasks still open, by due date. */
  List<StaffTask> openAmong(Collection<String> taskIds);

  Optional<StaffMember> member(String userId);
}
