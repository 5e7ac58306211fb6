package fr.complaintregister.process;

/** Names of the variables the complaint process routes on. Client data lives in the register. */
final class ProcessVariables {

  static final String ORDER_NUMBER = "orderNumber";
  static final String ANSWERED_AT_ONCE = "answeredAtOnce";
  static final String RECOURSE_OPTIONS = "recourseOptions";

  private ProcessVariables() {
  }
}
