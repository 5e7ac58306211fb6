package fr.complaintregister.webapp;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Puts our extensions in every Jersey application of the process (the engine REST API and the
 * webapps' own), found through {@code META-INF/services}: the request filters {@link TaskUpdates}
 * and {@link StartForms}, and the error mappers answering with {@link EngineErrorAnswers}. Camunda
 * maps exactly these three exception classes, and for the same class Jersey prefers the mapper of
 * higher priority (lower value), so ours answer instead of Camunda's whatever the endpoint.
 */
public class EngineRestExtensions implements AutoDiscoverable {

  private static final EngineErrorAnswers ANSWERS = new EngineErrorAnswers();

  @Override
  public void configure(FeatureContext context) {
    context.register(EngineFailures.class);
    context.register(RestFailures.class);
    context.register(UnexpectedFailures.class);
    context.register(TaskUpdates.class);
    context.register(StartForms.class);
  }

  @Priority(1)
  public static class EngineFailures implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException error) {
      return ANSWERS.of(error);
    }
  }

  @Priority(1)
  public static class RestFailures implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException error) {
      return ANSWERS.of(error);
    }
  }

  @Priority(1)
  public static class UnexpectedFailures implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable error) {
      return ANSWERS.of(error);
    }
  }
}
