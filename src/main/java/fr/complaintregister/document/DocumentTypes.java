package fr.complaintregister.document;

import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.InvalidInputException;
import fr.complaintregister.complaint.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * The kinds of document a complaint may hold, each recognised by its bytes (Apache Tika's magic
 * numbers, the name left out) and by the extension of its name; the two must agree.
 */
@Component
class DocumentTypes {

  /**
   * @param contentType the type stored and sent back on download
   * @param bytesMayLookLike what Tika may see in the bytes alone: office files only show their
   *                         container (OOXML, OLE2), which their extension then names
   */
  private record Accepted(String extension, String contentType, Set<String> bytesMayLookLike) {

    Accepted(String extension, String contentType, String... bytesMayLookLike) {
      this(extension, contentType, Set.of(bytesMayLookLike));
    }
  }

  private static final String OOXML = "application/x-tika-ooxml";
  private static final String OLE2 = "application/x-tika-msoffice";
  private static final List<Accepted> ACCEPTED = List.of(
      new Accepted("pdf", "application/pdf", "application/pdf"),
      new Accepted("jpg", "image/jpeg", "image/jpeg"),
      new Accepted("jpeg", "image/jpeg", "image/jpeg"),
      new Accepted("png", "image/png", "image/png"),
      new Accepted("webp", "image/webp", "image/webp"),
      // Many phones write HEIC photos under the generic brand "mif1", which Tika reads as HEIF.
      new Accepted("heic", "image/heic", "image/heic", "image/heif"),
      new Accepted("heif", "image/heif", "image/heif"),
      new Accepted("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", OOXML),
      new Accepted("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", OOXML),
      new Accepted("odt", "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text"),
      new Accepted("ods", "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet"),
      new Accepted("doc", "application/msword", OLE2),
      new Accepted("xls", "application/vnd.ms-excel", OLE2));

  private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();
  private final Messages messages;

  DocumentTypes(Messages messages) {
    this.messages = messages;
  }

  /** @return the content type of an accepted document; a French refusal for any other file */
  String contentTypeOf(String fileName, byte[] content) {
    Accepted named = accepted(fileName).orElseThrow(() -> refused("error.document.extension", fileName, extensionList()));
    String seen = seenInBytes(content);
    if (named.bytesMayLookLike().contains(seen)) {
      return named.contentType();
    }
    boolean anotherAcceptedKind = ACCEPTED.stream().anyMatch(kind -> kind.bytesMayLookLike().contains(seen));
    throw anotherAcceptedKind
        ? refused("error.document.mismatch", fileName, named.extension())
        : refused("error.document.type", fileName, extensionList());
  }

  private static Optional<Accepted> accepted(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ACCEPTED.stream().filter(kind -> kind.extension().equals(extension)).findFirst();
  }

  private String seenInBytes(byte[] content) {
    try {
      return magic.detect(new ByteArrayInputStream(content), new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String extensionList() {
    return ACCEPTED.stream().map(kind -> "." + kind.extension()).collect(Collectors.joining(", "));
  }

  private InvalidInputException refused(String key, Object... arguments) {
    return new InvalidInputException(List.of(new FieldError("file", messages.get(key, arguments))));
  }
}
