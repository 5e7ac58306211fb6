package fr.complaintregister.complaint;

/** Why a complaint leaves the register's open rows without an answer. */
public enum WithdrawalKind {
  WITHDRAWN_BY_CLIENT, DUPLICATE, NO_FOLLOW_UP
}
