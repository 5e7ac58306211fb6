package fr.complaintregister.complaint;

import org.springframework.stereotype.Component;

/** What a handler needs to see of a complaint or review at the top of a task form, from the register. */
@Component
public class ComplaintSummary {

  private final Messages messages;

  public ComplaintSummary(Messages messages) {
    this.messages = messages;
  }

  /** @return the summary as Markdown, which Camunda Forms' text component renders; the client's texts show as typed */
  public String of(RegisterEntry entry) {
    return entry.origin() == Origin.QS ? ofReview(entry) : messages.get("summary",
        entry.orderNumber(),
        Markdown.literal(entry.clientName()),
        entry.receptionDate().format(FrenchDate.FORMAT),
        messages.get("channel." + entry.channel().code()),
        entry.acknowledgementDueDate().format(FrenchDate.FORMAT),
        entry.answerDueDate().format(FrenchDate.FORMAT),
        Markdown.literal(entry.subject()),
        Markdown.literal(entry.productOrService()));
  }

  /** A review owes no answer: its rating, platform and text instead of deadlines. */
  private String ofReview(RegisterEntry entry) {
    return messages.get("summary.review",
        entry.orderNumber(),
        Markdown.literal(entry.clientName()),
        entry.receptionDate().format(FrenchDate.FORMAT),
        messages.get("channel." + entry.channel().code()),
        entry.rating() == null ? messages.get("summary.review.noRating") : messages.get("summary.review.rating", entry.rating()),
        entry.platform() == null ? messages.get("summary.review.noPlatform") : Markdown.literal(entry.platform()),
        Markdown.literal(entry.subject()),
        entry.productOrService() == null ? messages.get("summary.review.noProduct") : Markdown.literal(entry.productOrService()));
  }
}
