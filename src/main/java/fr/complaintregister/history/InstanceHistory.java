package fr.complaintregister.history;

import fr.complaintregister.complaint.Origin;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an auditor reads about one complaint or corrective action: its register row with its log, letters and
 * documents, and the history of its process, step by step. Times are Europe/Paris.
 *
 * @param processDefinitionId the version of the process it ran, for its diagram; null for a row without process
 * @param register the register row with its follow-up log (and, for a complaint, its letters and documents)
 * @param flowsTaken the sequence flows taken, in order
 */
public record InstanceHistory(String orderNumber, Origin origin, String agency, String processInstanceId,
                              String processDefinitionId, LocalDateTime start, LocalDateTime end,
                              List<DeadlineCheck> deadlines, List<Step> steps, List<TakenFlow> flowsTaken,
                              List<Operation> operations, Object register) {

  /**
   * One deadline of the register and whether it was met: null while it may still be (or a withdrawal ended it).
   */
  public record DeadlineCheck(String label, LocalDate due, LocalDate done, Boolean met) {
  }

  /**
   * One activity the process went through.
   *
   * @param type the BPMN type, as Camunda names it ({@code userTask}, {@code boundaryTimer}…)
   * @param due a task's due date; dueMet whether it ended by then (null while it may still)
   * @param entered what the person entered at this step, named as in the forms
   */
  public record Step(String activityId, String name, String type, LocalDateTime start, LocalDateTime end,
                     Long durationMillis, boolean canceled, String assignee, String claimedBy, String completedBy,
                     LocalDateTime due, Boolean dueMet, List<Field> entered) {
  }

  public record TakenFlow(String sequenceFlowId, LocalDateTime takenAt) {
  }

  /** One user operation of the engine's log (claim, complete, variable change…), named in French. */
  public record Operation(LocalDateTime at, String user, String operation, String step, List<Field> changes) {
  }

  /** A field with its French label and its value as a reader reads it. */
  public record Field(String label, String value) {
  }
}
