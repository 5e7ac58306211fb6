package fr.complaintregister.process;

import fr.complaintregister.security.AsTheEngine;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * The comments people wrote on a process instance and its tasks (Tasklist's "Ajouter un commentaire"), which Camunda
 * keeps with the tasks, not in its history service. Read as the engine: the caller has already read the instance's
 * history under their own rights, and a finished task is no longer theirs to read.
 */
@Component
public class ProcessComments {

  private final TaskService taskService;
  private final AsTheEngine asTheEngine;

  ProcessComments(TaskService taskService, AsTheEngine asTheEngine) {
    this.taskService = taskService;
    this.asTheEngine = asTheEngine;
  }

  /**
   * Every comment of the instance and of its tasks, oldest first. Tasklist writes a task's comment with the task
   * alone, not its instance: those are read task by task.
   */
  public List<WrittenComment> of(String processInstanceId, Collection<String> taskIds) {
    return asTheEngine.call(() -> Stream.concat(taskService.getProcessInstanceComments(processInstanceId).stream(),
            taskIds.stream().flatMap(taskId -> taskService.getTaskComments(taskId).stream())).toList()).stream()
        .collect(Collectors.toMap(Comment::getId, Function.identity(), (same, again) -> same)).values().stream()
        .map(comment -> new WrittenComment(comment.getTaskId(), comment.getUserId(),
            EngineDates.parisTime(comment.getTime()), comment.getFullMessage()))
        .sorted(Comparator.comparing(WrittenComment::at))
        .toList();
  }


  /** One comment: on a task, or on the instance itself when taskId is null. */
  public record WrittenComment(String taskId, String userId, LocalDateTime at, String text) {
  }
}
