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
        channel(entry),
        entry.acknowledgementDueDate().format(FrenchDate.FORMAT),
        entry.answerDueDate().format(FrenchDate.FORMAT),
        Markdown.literal(entry.subject()),
        productOrService(entry));
  }

  /** A review owes no answer: its rating, platform and text instead of deadlines. */
  private String ofReview(RegisterEntry entry) {
    return messages.get("summary.review",
        entry.orderNumber(),
        Markdown.literal(entry.clientName()),
        entry.receptionDate().format(FrenchDate.FORMAT),
        channel(entry),
        entry.rating() == null ? messages.get("summary.review.noRating") : messages.get("summary.review.rating", entry.rating()),
        entry.platform() == null ? messages.get("summary.review.noPlatform") : Markdown.literal(entry.platform()),
        Markdown.literal(entry.subject()),
        productOrService(entry));
  }

  /** An imported sheet's row may not say how the complaint came in, nor about what. */
  private String channel(RegisterEntry entry) {
    return entry.channel() == null ? messages.get("summary.noChannel") : messages.get("channel." + entry.channel().code());
  }

  private String productOrService(RegisterEntry entry) {
    return entry.productOrService() == null ? messages.get("summary.review.noProduct")
        : Markdown.literal(entry.productOrService());
  }
}
