package fr.complaintregister.process;

import fr.complaintregister.complaint.ComplaintRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What the process routes on, read from the register (the business truth) rather than from variables a form could overwrite. */
@Component("complaintFacts")
public class ComplaintFacts {

  private final ComplaintRegister register;

  public ComplaintFacts(ComplaintRegister register) {
    this.register = register;
  }

  /** The category the qualification table decides on. */
  public String productCategory(DelegateExecution execution) {
    return register.get(OrderNumber.of(execution)).productCategory();
  }

  public String recordedBy(DelegateExecution execution) {
    return register.get(OrderNumber.of(execution)).recordedBy();
  }

  /** Who acknowledged the complaint: the handler on its register row, null until then. */
  public String acknowledgedBy(DelegateExecution execution) {
    return register.get(OrderNumber.of(execution)).handler();
  }

  /** Whether the answer named dysfunctions, which the quality manager then analyses. */
  public boolean dysfunctionsNamed(DelegateExecution execution) {
    String dysfunctions = register.get(OrderNumber.of(execution)).dysfunctions();
    return dysfunctions != null && !dysfunctions.isBlank();
  }
}
