package fr.complaintregister.history;

import fr.complaintregister.notification.Staff;
import fr.complaintregister.notification.StaffMember;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** People as a reader knows them: by first and last names, or by login id when the user no longer exists. */
@Component
class PersonNames {

  private final Staff staff;

  PersonNames(Staff staff) {
    this.staff = staff;
  }

  /** A lookup for one history, which names each person once however often they acted. */
  UnaryOperator<String> forOneHistory() {
    Map<String, String> names = new HashMap<>();
    return userId -> userId == null ? null : names.computeIfAbsent(userId,
        id -> staff.member(id).map(StaffMember::name).orElse(id));
  }
}
