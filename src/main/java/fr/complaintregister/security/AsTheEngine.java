package fr.complaintregister.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs work as the engine itself, without the caller's engine rights, where our own code has
 * checked the caller's role and agency first (or the work is the system's: directory reads,
 * deployments nobody should own). Inside an engine command, authorization checks are off for the
 * work; outside, the caller's authentication is set aside and put back afterwards.
 */
@Component
public class AsTheEngine {

  private final IdentityService identityService;

  AsTheEngine(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      return command.runWithoutAuthorization(work::get);
    }
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      identityService.setAuthentication(caller);
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
