package fr.complaintregister.complaint;

import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** What a handler needs to see of a complaint at the top of a task form, from the register. */
@Component
public class ComplaintSummary {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ComplaintRegister register;
  private final Messages messages;

  public ComplaintSummary(ComplaintRegister register, Messages messages) {
    this.register = register;
    this.messages = messages;
  }

  /** @return the summary as Markdown, which Camunda Forms' text component renders */
  public String of(String orderNumber) {
    RegisterEntry entry = register.get(orderNumber);
    return messages.get("summary",
        entry.orderNumber(),
        entry.clientName(),
        entry.receptionDate().format(FRENCH_DATE),
        messages.get("channel." + entry.channel().code()),
        entry.acknowledgementDueDate().format(FRENCH_DATE),
        entry.answerDueDate().format(FRENCH_DATE),
        entry.subject(),
        entry.productOrService());
  }
}
