package fr.complaintregister.process;

import fr.complaintregister.complaint.AccessRefusedException;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.security.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Who is qualified to answer a complaint, from the rows the qualification table
 * ({@code bpmn/qualification.dmn}) gave for its category: the answer task's candidates, and the
 * check that whoever completes it is one of them.
 */
@Component("qualification")
public class Qualification {

  static final String GROUPS_COLUMN = "candidateGroups";
  static final String USERS_COLUMN = "candidateUsers";

  private final CurrentUser currentUser;
  private final Messages messages;

  public Qualification(CurrentUser currentUser, Messages messages) {
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /**
   * The table's groups, each with the handling levels above it; the direction when the table
   * names nobody for the category, so that no complaint is left without anyone to answer it.
   */
  public List<String> groups(List<Map<String, Object>> rows) {
    List<String> groups = cells(rows, GROUPS_COLUMN).flatMap(group -> Role.groupsActingFor(group).stream())
        .distinct().toList();
    return groups.isEmpty() && users(rows).isEmpty() ? Role.DIRECTION.groupsAtOrAbove() : groups;
  }

  public List<String> users(List<Map<String, Object>> rows) {
    return cells(rows, USERS_COLUMN).distinct().toList();
  }

  /** @throws AccessRefusedException saying who may, when the current user is not qualified for the category */
  public void checkCurrentUser(List<Map<String, Object>> rows, String category) {
    if (!currentUser.isOneOf(users(rows), groups(rows))) {
      throw new AccessRefusedException(null, messages.get("error.notQualified", category, qualifiedNames(rows)));
    }
  }

  /** Whether the table's rows name the user or one of their groups. */
  public boolean qualifies(String userId, Collection<String> userGroups, List<Map<String, Object>> rows) {
    return users(rows).contains(userId) || groups(rows).stream().anyMatch(userGroups::contains);
  }

  /** The qualified groups as users know them (the role's French name), then the qualified people. */
  private String qualifiedNames(List<Map<String, Object>> rows) {
    return Stream.concat(
            groups(rows).stream().map(group -> Role.ofGroup(group).map(role -> messages.get("role." + group)).orElse(group)),
            users(rows).stream())
        .collect(Collectors.joining(", "));
  }

  /** A cell names one or more users or groups, separated by commas. */
  private static Stream<String> cells(List<Map<String, Object>> rows, String column) {
    return rows.stream()
        .map(row -> row.get(column))
        .filter(String.class::isInstance)
        .flatMap(cell -> Arrays.stream(((String) cell).split(",")))
        .map(String::strip)
        .filter(name -> !name.isEmpty());
  }
}
