package fr.complaintregister.complaint;

import java.time.LocalDateTime;

/**
 * How a complaint was withdrawn, as its register row keeps it.
 *
 * @param replacedBy the order number of the complaint recorded again in its place, if any
 */
public record Withdrawal(WithdrawalKind kind, String reason, String by, LocalDateTime at, String replacedBy) {
}
