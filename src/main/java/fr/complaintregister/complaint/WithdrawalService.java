package fr.complaintregister.complaint;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws a complaint that needs no answer: withdrawn by the client, recorded twice, or closed
 * without follow-up. A wrong reception date or agency is fixed the same way, naming the complaint
 * recorded again in its place.
 */
@Service
public class WithdrawalService {

  private static final int MAX_REASON_LENGTH = 2000;

  private final ComplaintProcess process;
  private final ComplaintRegister register;
  private final ComplaintAccess access;
  private final CurrentUser currentUser;
  private final Messages messages;

  public WithdrawalService(ComplaintProcess process, ComplaintRegister register, ComplaintAccess access,
                           CurrentUser currentUser, Messages messages) {
    this.process = process;
    this.register = register;
    this.access = access;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** Nothing is written unless every check passes; the register and the process change together. */
  @Transactional
  public void withdraw(String orderNumber, Map<String, ?> submitted) {
    RegisterEntry entry = access.writable(register.get(orderNumber));
    if (!currentUser.mayHandleComplaints()) {
      throw new AccessRefusedException(null, messages.get("error.access.withdrawal"));
    }
    if (entry.origin() == Origin.QS) {
      // No answer is owed on a review: withdrawing would stop nothing, and the register keeps what was said.
      throw invalid("origin", "error.withdrawal.review", orderNumber);
    }
    SubmittedFields fields = new SubmittedFields(submitted, messages);
    WithdrawalKind kind = fields.requiredChoice("kind", SubmittedFields.constantOf(WithdrawalKind.class));
    String reason = fields.requiredText("reason", MAX_REASON_LENGTH);
    String replacedBy = fields.optionalText("replacedBy", 32);
    fields.throwIfInvalid();
    // Locked, then read again: a take-up of the row under way is waited for, and its process then withdrawn with it.
    checkStillOpen(register.lock(orderNumber));
    if (replacedBy != null) {
      checkReplacement(orderNumber, replacedBy);
    }
    process.withdraw(orderNumber, kind, reason, currentUser.id(), replacedBy);
  }

  private void checkStillOpen(RegisterEntry entry) {
    if (entry.status() == ComplaintStatus.ANSWERED) {
      throw invalid("status", "error.withdrawal.answered", entry.orderNumber());
    }
    if (entry.status() == ComplaintStatus.WITHDRAWN) {
      throw invalid("status", "error.withdrawal.alreadyWithdrawn", entry.orderNumber());
    }
  }

  private void checkReplacement(String orderNumber, String replacedBy) {
    if (replacedBy.equals(orderNumber)) {
      throw invalid("replacedBy", "error.withdrawal.replacedBySelf");
    }
    RegisterEntry replacement = register.find(replacedBy)
        .orElseThrow(() -> invalid("replacedBy", "error.notFound", replacedBy));
    access.readable(replacement);
    if (replacement.status() == ComplaintStatus.WITHDRAWN) {
      throw invalid("replacedBy", "error.withdrawal.replacementWithdrawn", replacedBy);
    }
  }

  private InvalidInputException invalid(String field, String key, Object... arguments) {
    return new InvalidInputException(List.of(new FieldError(field, messages.get(key, arguments))));
  }
}
