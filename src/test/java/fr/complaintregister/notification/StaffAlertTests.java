package fr.complaintregister.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.complaint.DeadlineAlert;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A complaint deadline without its staff alert would fail its timer, and with it the register's note. */
class StaffAlertTests {

  @Test
  void everyComplaintDeadlineHasItsStaffAlert() {
    assertThat(Arrays.stream(DeadlineAlert.values()).map(StaffAlert::of))
        .extracting(StaffAlert::complaintDeadline).containsExactly(DeadlineAlert.values());
  }
}
