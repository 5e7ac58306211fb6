package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.AgencyScope;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.testing.FrenchMessages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who is qualified to answer and who may sign, from the decision tables' results, without an engine. */
class AnswerAuthorityTests {

  @Test
  void aHandlingGroupBringsTheLevelsAboveIt() {
    assertThat(qualificationFor(user("bruno")).groups(rows(row("gestionnaires", null))))
        .containsExactly("gestionnaires", "signataires", "direction");
    assertThat(qualificationFor(user("bruno")).groups(rows(row("signataires", null))))
        .containsExactly("signataires", "direction");
  }

  @Test
  void cellsNameSeveralUsersOrGroupsAndMatchingRowsAddUp() {
    List<Map<String, Object>> rows = rows(row("formateurs, signataires", "bruno"), row(null, " claire ,bruno"));
    Qualification qualification = qualificationFor(user("bruno"));

    assertThat(qualification.groups(rows)).containsExactly("formateurs", "signataires", "direction");
    assertThat(qualification.users(rows)).containsExactly("bruno", "claire");
  }

  @Test
  void whenTheTableNamesNobodyTheDirectionAnswers() {
    assertThat(qualificationFor(user("bruno")).groups(rows())).containsExactly("direction");
    assertThat(qualificationFor(user("bruno")).groups(rows(row(null, "claire")))).isEmpty();
  }

  @Test
  void aPersonIsQualifiedByNameOrByAGroup() {
    List<Map<String, Object>> rows = rows(row("accueil", "claire"));
    Qualification qualification = qualificationFor(user("bruno"));

    assertThat(qualification.qualifies("alice", List.of("accueil"), rows)).isTrue();
    assertThat(qualification.qualifies("claire", List.of(), rows)).isTrue();
    assertThat(qualification.qualifies("bruno", List.of("gestionnaires"), rows)).isFalse();
  }

  @Test
  void onlyNamedUsersAndMembersOfQualifiedGroupsMayAnswer() {
    List<Map<String, Object>> examOnly = rows(row("signataires", "claire"));

    assertThatCode(() -> qualificationFor(user("claire")).checkCurrentUser(examOnly, "EXAMEN")).doesNotThrowAnyException();
    assertThatCode(() -> qualificationFor(user("diane", "direction")).checkCurrentUser(examOnly, "EXAMEN"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> qualificationFor(user("bruno", "gestionnaires")).checkCurrentUser(examOnly, "EXAMEN"))
        .isInstanceOf(AccessRefusedException.class)
        .hasMessage("Vous n'êtes pas qualifié(e) pour répondre aux réclamations de la catégorie « EXAMEN » : la table"
            + " de qualification tenue par la qualité réserve cette réponse à : Signataires, Direction, claire.");
  }

  @Test
  void signingLevelsNest() {
    assertThat(signingAuthorityFor(user("diane", "direction")).coversCurrentUser("signataires")).isTrue();
    assertThat(signingAuthorityFor(user("sophie", "signataires")).coversCurrentUser("gestionnaires")).isTrue();
    assertThat(signingAuthorityFor(user("sophie", "signataires")).coversCurrentUser("direction")).isFalse();
    assertThat(signingAuthorityFor(user("bruno", "gestionnaires")).groups("signataires"))
        .containsExactly("signataires", "direction");
    assertThatThrownBy(() -> signingAuthorityFor(user("sophie", "signataires")).checkCurrentUser("direction"))
        .isInstanceOf(AccessRefusedException.class)
        .hasMessage("Cette réponse doit être validée et signée au niveau « Direction » ou au-dessus :"
            + " votre habilitation ne le permet pas.");
  }

  @Test
  void aQualifiedAuthorSignsAtTheHandlersLevelWhateverTheirGroup() {
    assertThat(signingAuthorityFor(user("alice", "accueil")).coversAuthor("gestionnaires")).isTrue();
    assertThat(signingAuthorityFor(user("alice", "accueil")).coversAuthor("signataires")).isFalse();
    assertThat(signingAuthorityFor(user("sophie", "signataires")).coversAuthor("signataires")).isTrue();
  }

  @Test
  void aGroupThatIsNoRoleSignsAlone() {
    assertThat(signingAuthorityFor(user("bruno", "gestionnaires")).groups("comite")).containsExactly("comite");
    assertThat(signingAuthorityFor(user("bruno", "gestionnaires")).levelName("comite")).isEqualTo("comite");
  }

  private record TestUser(String id, Set<String> groups) implements CurrentUser {

    @Override
    public boolean isSystem() {
      return false;
    }

    @Override
    public AgencyScope agencies() {
      return AgencyScope.of(List.of("1601"));
    }

    @Override
    public boolean mayReadRegister() {
      return true;
    }

    @Override
    public boolean mayWriteRegister() {
      return true;
    }

    @Override
    public boolean mayHandleComplaints() {
      return true;
    }
  }

  private static CurrentUser user(String id, String... groups) {
    return new TestUser(id, Set.of(groups));
  }

  private static Qualification qualificationFor(CurrentUser user) {
    return new Qualification(user, FrenchMessages.messages());
  }

  private static SigningAuthority signingAuthorityFor(CurrentUser user) {
    return new SigningAuthority(user, FrenchMessages.messages());
  }

  @SafeVarargs
  private static List<Map<String, Object>> rows(Map<String, Object>... rows) {
    return List.of(rows);
  }

  /** A row of the qualification table's result; {@code null} for an empty cell. */
  private static Map<String, Object> row(String candidateGroups, String candidateUsers) {
    Map<String, Object> row = new HashMap<>();
    row.put(Qualification.GROUPS_COLUMN, candidateGroups);
    row.put(Qualification.USERS_COLUMN, candidateUsers);
    return row;
  }
}
