package fr.complaintregister.security;

import java.util.ArrayList;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.springframework.stereotype.Component;

/**
 * A read-only role (the auditors) writes nothing, and nobody writes in another agency. Camunda's
 * authorizations and tenant checks cover nearly every write, but comments and attachments are
 * not checked at all: the engine lets anyone who knows a task or instance id write them. So their
 * commands are refused here to whoever holds no role that writes, or is not a member of the
 * agency of the task or instance.
 */
@Component
class ReadOnlyRoles extends AbstractProcessEnginePlugin {

  private static final Set<Class<?>> UNCHECKED_WRITES = Set.of(AddCommentCmd.class, UpdateCommentCmd.class,
      DeleteTaskCommentCmd.class, DeleteProcessInstanceCommentCmd.class, CreateAttachmentCmd.class,
      SaveAttachmentCmd.class, DeleteAttachmentCmd.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new RefuseUncheckedWrites());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Runs inside the command context, where the caller's authentication is known. */
  static class RefuseUncheckedWrites extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (UNCHECKED_WRITES.contains(command.getClass())) {
        CommandContext context = Context.getCommandContext();
        if (isReadOnly(context.getAuthentication()) || !isOfAuthenticatedAgency(command, context)) {
          throw new AuthorizationException("User " + context.getAuthenticatedUserId()
              + " may not write comments or attachments here");
        }
      }
      return next.execute(command);
    }

    /** The commands keep the task's or instance's id in fields of these names. */
    private static boolean isOfAuthenticatedAgency(Command<?> command, CommandContext context) {
      TaskEntity task = idIn(command, "taskId").map(context.getTaskManager()::findTaskById).orElse(null);
      ExecutionEntity instance = idIn(command, "processInstanceId")
          .map(context.getExecutionManager()::findExecutionById).orElse(null);
      return (task == null || context.getTenantManager().isAuthenticatedTenant(task.getTenantId()))
          && (instance == null || context.getTenantManager().isAuthenticatedTenant(instance.getTenantId()));
    }

    private static Optional<String> idIn(Command<?> command, String fieldName) {
      Field field = ReflectUtil.getField(fieldName, command);
      if (field == null) {
        return Optional.empty();
      }
      field.setAccessible(true);
      try {
        return Optional.ofNullable((String) field.get(command));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The system (no authentication) writes; a user writes only with a role that writes. */
    private static boolean isReadOnly(Authentication authentication) {
      return authentication != null && authentication.getUserId() != null
          && !Role.mayWrite(authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }
  }
}
