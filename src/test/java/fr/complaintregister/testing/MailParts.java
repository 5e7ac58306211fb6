package fr.complaintregister.testing;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.ArrayList;
import java.util.List;

/** What a test reads of a received mail. */
public final class MailParts {

  private MailParts() {
  }

  /** The decoded texts of this type anywhere in the mail (its HTML and text alternatives), attachments aside. */
  public static List<String> texts(Part part, String type) throws Exception {
    List<String> texts = new ArrayList<>();
    if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      texts.add((String) part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        texts.addAll(texts(multipart.getBodyPart(i), type));
      }
    }
    return texts;
  }
}
