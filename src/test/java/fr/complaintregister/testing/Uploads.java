package fr.complaintregister.testing;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A multipart form as a browser posts it: a file under a field's name, and other fields beside it. */
public final class Uploads {

  /** The smallest PDF a document upload accepts. */
  public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);

  private Uploads() {
  }

  /** The form of one file, named as a browser names the file it sends. */
  public static MultiValueMap<String, Object> part(String name, byte[] content, String fileName) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(name, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return parts;
  }

  /** The form of one text file, in UTF-8. */
  public static MultiValueMap<String, Object> part(String name, String content, String fileName) {
    return part(name, content.getBytes(StandardCharsets.UTF_8), fileName);
  }

  public static HttpEntity<MultiValueMap<String, Object>> form(MultiValueMap<String, Object> parts) {
    return new HttpEntity<>(parts, multipart());
  }

  public static HttpHeaders multipart() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return headers;
  }
}
