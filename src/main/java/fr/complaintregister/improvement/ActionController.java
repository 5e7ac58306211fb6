package fr.complaintregister.improvement;

import fr.complaintregister.complaint.AgencyMember;
import fr.complaintregister.complaint.OpenTasks;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The domain API of corrective actions. */
@RestController
@RequestMapping("/api/actions")
class ActionController {

  private final CorrectiveActions actions;

  ActionController(CorrectiveActions actions) {
    this.actions = actions;
  }

  @PostMapping
  ResponseEntity<ActionDetail> record(@RequestBody NewAction action) {
    ActionDetail recorded = actions.record(action);
    return ResponseEntity.created(URI.create("/api/actions/" + recorded.action().orderNumber())).body(recorded);
  }

  @GetMapping("/people-in-charge")
  List<AgencyMember> peopleInCharge(@RequestParam(required = false) String agency) {
    return actions.peopleInCharge(agency);
  }

  @GetMapping("/agencies")
  List<String> agencies() {
    return actions.agenciesToDecideIn();
  }

  @GetMapping("/{orderNumber}")
  ActionDetail get(@PathVariable String orderNumber) {
    return actions.detail(orderNumber);
  }

  @GetMapping("/{orderNumber}/tasks")
  List<OpenTasks.OpenTask> openTasks(@PathVariable String orderNumber) {
    return actions.openTasks(orderNumber);
  }

  @PostMapping("/{orderNumber}/links")
  ActionDetail link(@PathVariable String orderNumber, @RequestBody ActionLink link) {
    return actions.link(orderNumber, link.orderNumber());
  }
}
