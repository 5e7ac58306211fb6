package fr.complaintregister.process;

import fr.complaintregister.complaint.AgencyDirectory;
import fr.complaintregister.complaint.Messages;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

/** The options of a task form's choice list, as a task variable: Tasklist's forms read them as JSON. */
@Component
class ChoiceLists {

  /** The variable holding who may be put in charge of an action of the task's agency. */
  static final String PEOPLE_IN_CHARGE = "peopleInCharge";

  private final AgencyDirectory agencies;
  private final Messages messages;

  ChoiceLists(AgencyDirectory agencies, Messages messages) {
    this.agencies = agencies;
    this.messages = messages;
  }

  ObjectValue peopleInCharge(String agency) {
    return of(agencies.peopleInCharge(agency).stream()
        .map(person -> choice(messages.get("analysis.person", person.name(), person.id()), person.id()))
        .toList());
  }

  static Map<String, String> choice(String label, String value) {
    return Map.of("label", label, "value", value);
  }

  static ObjectValue of(List<Map<String, String>> choices) {
    return Variables.objectValue(choices).serializationDataFormat(SerializationDataFormats.JSON).create();
  }
}
