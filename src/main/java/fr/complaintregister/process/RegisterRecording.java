package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.RegisterEntry;
import fr.complaintregister.security.Agencies;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What recording a new register row from a process's start shares, a complaint's or a review's: the form read and the
 * recorder's agency checked (a refusal is a form error, with nothing recorded and no number used), the row written in
 * the instance's own agency, and its order number made the business key.
 */
@Component
class RegisterRecording {

  private final ComplaintAccess access;
  private final Agencies agencies;
  private final CurrentUser currentUser;

  RegisterRecording(ComplaintAccess access, Agencies agencies, CurrentUser currentUser) {
    this.access = access;
    this.agencies = agencies;
    this.currentUser = currentUser;
  }

  /**
   * @param reading reads the submitted form
   * @param agencyOf the agency the form names
   * @param recording writes the row, given the recorder's id
   */
  <T> RegisterEntry record(DelegateExecution execution, Supplier<T> reading, Function<T, String> agencyOf,
                           RowWriter<T> recording) {
    T submitted = InvalidForm.refusedAsFormError(reading);
    String agency = agencyOf.apply(submitted);
    InvalidForm.refusedAsFormError(() -> access.checkMayRecordIn(agency));
    checkInstanceBelongsTo(agency, execution);
    agencies.openToNetwork(agency);
    RegisterEntry entry = recording.write(submitted, currentUser.id());
    execution.setProcessBusinessKey(entry.orderNumber());
    execution.setVariable(ProcessVariables.ORDER_NUMBER, entry.orderNumber());
    return entry;
  }

  /** Writes the checked form as a register row. */
  @FunctionalInterface
  interface RowWriter<T> {
    RegisterEntry write(T submitted, String recordedBy);
  }

  /** The instance's tenant decides who sees the row: it must be the agency of the row. */
  private static void checkInstanceBelongsTo(String agency, DelegateExecution execution) {
    if (!agency.equals(execution.getTenantId())) {
      throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
          + " has tenant " + execution.getTenantId() + " for a register row of agency " + agency);
    }
  }
}
