package fr.complaintregister.document;

import fr.complaintregister.complaint.AttachedDocument;
import fr.complaintregister.complaint.ComplaintAccess;
import fr.complaintregister.complaint.ComplaintRegister;
import fr.complaintregister.complaint.CurrentUser;
import fr.complaintregister.complaint.ErasedContentException;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.FollowUpLog;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import fr.complaintregister.document.DocumentStore.StoredDocument;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Attaching documents to complaints and reading them back, with the register's access rules. */
@Service
class DocumentService {

  private final ComplaintRegister register;
  private final ComplaintAccess access;
  private final DocumentStore store;
  private final DocumentTypes types;
  private final FollowUpLog followUps;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final DocumentSettings settings;
  private final Clock clock;

  DocumentService(ComplaintRegister register, ComplaintAccess access, DocumentStore store, DocumentTypes types,
                  FollowUpLog followUps, CurrentUser currentUser, Messages messages, DocumentSettings settings,
                  Clock clock) {
    this.register = register;
    this.access = access;
    this.store = store;
    this.types = types;
    this.followUps = followUps;
    this.currentUser = currentUser;
    this.messages = messages;
    this.settings = settings;
    this.clock = clock;
  }

  /** Checks the file (size, then type from its bytes) and stores it with a follow-up line, or stores nothing. */
  @Transactional
  AttachedDocument attach(String orderNumber, String submittedName, byte[] content) {
    // An unknown or forbidden complaint is a 404 or a 403, before anything about the file.
    access.writable(register.get(orderNumber));
    if (content.length == 0) {
      throw new InvalidInputException(List.of(new FieldError("file", messages.get("error.document.missing"))));
    }
    if (content.length > settings.maxSize().toBytes()) {
      throw new MaxUploadSizeExceededException(settings.maxSize().toBytes());
    }
    String fileName = FileNames.forDisplay(submittedName);
    String contentType = types.contentTypeOf(fileName, content);
    AttachedDocument document = store.add(orderNumber, fileName, contentType, content, currentUser.id(),
        LocalDateTime.now(clock));
    followUps.add(orderNumber, currentUser.id(), messages.get("followUp.documentAttached", fileName));
    return document;
  }

  @Transactional(readOnly = true)
  StoredDocument download(String orderNumber, long id) {
    access.readable(register.get(orderNumber));
    StoredDocument document = store.find(orderNumber, id).orElseThrow(() -> new DocumentNotFoundException(orderNumber, id));
    if (document.content() == null) {
      throw new ErasedContentException(orderNumber, id);
    }
    return document;
  }
}
