package fr.complaintregister.process;

import fr.complaintregister.retention.ClientDataHistory;
import fr.complaintregister.security.AsTheEngine;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Every process of a register row carries its order number as business key (the complaint or review, its take-up,
 * letters, staff mail, dysfunction analysis). All their variables go, with their details (the submitted form's
 * values): the register keeps every fact the process routed on; the instances, activities and dates stay.
 */
@Component
class CamundaClientDataHistory implements ClientDataHistory {

  private final HistoryService historyService;
  private final AsTheEngine asTheEngine;

  CamundaClientDataHistory(HistoryService historyService, AsTheEngine asTheEngine) {
    this.historyService = historyService;
    this.asTheEngine = asTheEngine;
  }

  @Override
  public void eraseVariables(String orderNumber) {
    asTheEngine.run(() -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNumber)
        .list().stream().map(HistoricProcessInstance::getId)
        .forEach(historyService::deleteHistoricVariableInstancesByProcessInstanceId));
  }
}
