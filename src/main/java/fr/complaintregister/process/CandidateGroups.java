package fr.complaintregister.process;

import fr.complaintregister.security.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who may take each kind of task, for the BPMN's candidate groups. */
@Component("candidateGroups")
public class CandidateGroups {

  public List<String> handlers() {
    return Role.GESTIONNAIRES.groupsAtOrAbove();
  }

  public List<String> reception() {
    return Role.ACCUEIL.groupsAtOrAbove();
  }

  public List<String> quality() {
    return Role.QUALITE.groupsAtOrAbove();
  }

  public List<String> escalation() {
    return Role.DIRECTION.groupsAtOrAbove();
  }
}
