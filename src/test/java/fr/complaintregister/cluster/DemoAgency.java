package fr.complaintregister.cluster;

/**
 * An agency of the demo profile (DESIGN.md, demo users) and the users the cluster tests act as there; each user's
 * password is its name.
 *
 * @param code the agency's code, the middle of its order numbers
 */
record DemoAgency(String code, String receptionist, String handler) {

  /** The agency of the numbering scenario alone, so that its numbers start at 001. */
  static final DemoAgency NUMBERING = new DemoAgency("1601", "alice", "bruno");
  static final DemoAgency TIMERS = new DemoAgency("1602", "camille", "claire");
  /** The first administrator the nodes create (REGISTRE_ADMIN_USER), who sees the health details. */
  static final String ADMINISTRATOR = "demo";
}
