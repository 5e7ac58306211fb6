package fr.complaintregister.history;

import fr.complaintregister.complaint.Origin;
import fr.complaintregister.process.ExecutedPath.TakenFlow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an auditor reads about one complaint or corrective action: its register row with its log, letters and
 * documents, and the history of its process, step by step, with the processes started under its order number (its
 * letters' mail, its dysfunction analysis…). Times are Europe/Paris; people are named by their first and last names.
 *
 * @param processDefinitionId the version of the main process it ran, for its diagram; null for a row without process
 * @param register the register row with its follow-up log (and, for a complaint, its letters and documents)
 * @param flowsTaken the sequence flows the main process took, in order
 * @param comments the comments written on the processes themselves, not on one of their tasks
 */
public record InstanceHistory(String orderNumber, Origin origin, String agency, String processInstanceId,
                              String processDefinitionId, LocalDateTime start, LocalDateTime end,
                              List<DeadlineCheck> deadlines, List<Step> steps, List<TakenFlow> flowsTaken,
                              List<Operation> operations, List<Comment> comments, Object register) {

  /** One deadline of the register and whether it was met. */
  public record DeadlineCheck(String label, LocalDate due, LocalDate done, Verdict verdict) {
  }

  /**
   * What became of a deadline: met, missed, still ahead while the work goes on, or no longer owed (the work stopped,
   * closed or canceled, before its day).
   */
  public enum Verdict { MET, MISSED, PENDING, NOT_OWED }

  /**
   * One activity a process went through, in the order of their starts over all the processes of the order number.
   *
   * @param type the BPMN type, as Camunda names it ({@code userTask}, {@code boundaryTimer}…)
   * @param claimedBy who claimed the task for themselves and held it when it was completed (or holds it now); null
   *                  when it was assigned instead (the operation log tells by whom) or nobody took it
   * @param due a task's due date; dueVerdict whether it ended by its day (null when it had none)
   * @param entered what the person entered at this step, named as in the forms
   * @param state whether it was done, interrupted (a withdrawal, an escalation that took it over) or is still open
   * @param processName the French name of the step's process
   */
  public record Step(String activityId, String name, String type, LocalDateTime start, LocalDateTime end,
                     Long durationMillis, String assignee, String claimedBy, String completedBy,
                     LocalDateTime due, Verdict dueVerdict, List<Field> entered, StepState state, String processInstanceId,
                     String processName, List<Comment> comments) {
  }

  public enum StepState { DONE, CANCELED, OPEN }

  /** One user operation of the engine's log (claim, complete, variable change…), named in French. */
  public record Operation(LocalDateTime at, String user, String operation, String step, List<Field> changes,
                          String processName) {
  }

  /** A comment someone wrote in Tasklist or Cockpit. */
  public record Comment(String author, LocalDateTime at, String text) {
  }

  /** A field with its French label and its value as a reader reads it. */
  public record Field(String label, String value) {
  }
}
