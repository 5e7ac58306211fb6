package fr.complaintregister.complaint;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The register's own checks of role and agency, for what the engine's authorizations do not
 * cover: register rows and follow-up notes. Each refusal says why, in French.
 */
@Component
public class ComplaintAccess {

  private final CurrentUser currentUser;
  private final AgencyDirectory agencyDirectory;
  private final Messages messages;

  public ComplaintAccess(CurrentUser currentUser, AgencyDirectory agencyDirectory, Messages messages) {
    this.currentUser = currentUser;
    this.agencyDirectory = agencyDirectory;
    this.messages = messages;
  }

  public AgencyScope readableAgencies() {
    if (!currentUser.mayReadRegister()) {
      throw new AccessRefusedException(null, messages.get("error.access.noRole"));
    }
    return currentUser.agencies();
  }

  public RegisterEntry readable(RegisterEntry entry) {
    checkAgency(readableAgencies(), entry.agency());
    return entry;
  }

  public RegisterEntry writable(RegisterEntry entry) {
    readable(entry);
    if (!currentUser.mayWriteRegister()) {
      throw new AccessRefusedException(null, messages.get("error.access.readOnly"));
    }
    return entry;
  }

  /**
   * A complaint is recorded only in one of the recorder's agencies, and only in an agency that
   * exists: otherwise nobody but an administrator would ever see it.
   */
  public void checkMayRecordIn(String agency) {
    AgencyScope scope = currentUser.agencies();
    checkAgency(scope, agency);
    if (scope.everyAgency() && !agencyDirectory.exists(agency)) {
      throw new InvalidInputException(List.of(new FieldError("agency", messages.get("error.unknownAgency", agency))));
    }
  }

  private void checkAgency(AgencyScope scope, String agency) {
    if (!scope.includes(agency)) {
      throw new AccessRefusedException("agency", messages.get("error.access.agency", agency));
    }
  }
}
