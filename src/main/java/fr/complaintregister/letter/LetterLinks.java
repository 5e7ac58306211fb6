package fr.complaintregister.letter;

import fr.complaintregister.complaint.IssuedLetter;
import fr.complaintregister.complaint.Messages;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Links to a complaint's letters as Markdown, for the task forms' text views: they reach the domain
 * API with the webapps' own login.
 */
@Component
public class LetterLinks {

  private final LetterStore store;
  private final Messages messages;

  LetterLinks(LetterStore store, Messages messages) {
    this.store = store;
    this.messages = messages;
  }

  /** The receipt issued at recording, or nothing when there is none (a complaint recorded before letters existed). */
  public String receipt(String orderNumber) {
    List<IssuedLetter> receipts = store.of(orderNumber).stream()
        .filter(letter -> LetterKind.RECEIPT.name().equals(letter.kind())).toList();
    return receipts.isEmpty() ? ""
        : messages.get("letter.link.receipt", lettersPath(orderNumber) + receipts.get(receipts.size() - 1).id());
  }

  /** The acknowledgement letter as completing the task would issue it. */
  public String acknowledgementPreview(String orderNumber) {
    return preview(orderNumber, LetterKind.ACKNOWLEDGEMENT);
  }

  /** The answer letter as signing would issue it. */
  public String answerPreview(String orderNumber) {
    return preview(orderNumber, LetterKind.ANSWER);
  }

  private String preview(String orderNumber, LetterKind kind) {
    return messages.get("letter.link.preview." + kind.name(), lettersPath(orderNumber) + "preview/" + kind.name());
  }

  private static String lettersPath(String orderNumber) {
    return "/api/complaints/" + UriUtils.encodePathSegment(orderNumber, "UTF-8") + "/letters/";
  }
}
