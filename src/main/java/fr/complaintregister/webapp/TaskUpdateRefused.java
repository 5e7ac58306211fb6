package fr.complaintregister.webapp;

import org.springframework.http.HttpStatus;

/** A task update refused, with what the caller reads. */
class TaskUpdateRefused extends RuntimeException {

  enum Reason {
    NO_TASK(HttpStatus.NOT_FOUND, "error.task.notFound"),
    OTHER_AGENCY(HttpStatus.FORBIDDEN, "error.access.otherAgency"),
    NOT_WORKING_ON_IT(HttpStatus.FORBIDDEN, "error.task.notWorkingOnIt"),
    NOT_ONLY_DATES(HttpStatus.BAD_REQUEST, "error.task.onlyDates"),
    DUE_DATE_FIXED(HttpStatus.FORBIDDEN, "error.task.dueDateFixed"),
    DUE_DATE_REQUIRED(HttpStatus.BAD_REQUEST, "error.task.dueDateRequired"),
    UNREADABLE_DATE(HttpStatus.BAD_REQUEST, "error.task.unreadableDate");

    final HttpStatus status;
    final String messageKey;

    Reason(HttpStatus status, String messageKey) {
      this.status = status;
      this.messageKey = messageKey;
    }
  }

  final Reason reason;

  TaskUpdateRefused(Reason reason) {
    super(reason.name(), null, false, false);
    this.reason = reason;
  }
}
