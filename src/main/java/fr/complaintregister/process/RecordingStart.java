package fr.complaintregister.process;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.InvalidInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * Starts, for the domain API, a process whose first step records the submitted form in the
 * register, with the caller's engine rights: the refusals of that step become the API's own.
 */
final class RecordingStart {

  private RecordingStart() {
  }

  /** @return the order number the recording step gave */
  static String orderNumberOf(ProcessInstantiationBuilder start, String refusedRoleMessage) {
    try {
      return start.executeWithVariablesInReturn()
          .getVariables()
          .getValue(ProcessVariables.ORDER_NUMBER, String.class);
    } catch (AuthorizationException e) {
      throw new AccessRefusedException(null, refusedRoleMessage);
    } catch (FormFieldValidationException e) {
      // The recording step's refusal, for the domain API to report as its own (400 or 403).
      if (e.getCause() instanceof InvalidInputException || e.getCause() instanceof AccessRefusedException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }
}
