package fr.complaintregister.document;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The largest file any upload may carry is the largest document: smaller limits (a decision
 * table's) are checked by their controllers, so that each refusal names its own limit.
 */
@Configuration
class UploadLimits {

  /** Room for the multipart framing around the file, so that a file of exactly the limit passes. */
  private static final DataSize FRAMING = DataSize.ofKilobytes(64);

  @Bean
  MultipartConfigElement multipartConfigElement(DocumentSettings settings) {
    MultipartConfigFactory factory = new MultipartConfigFactory();
    factory.setMaxFileSize(settings.maxSize());
    factory.setMaxRequestSize(DataSize.ofBytes(settings.maxSize().toBytes() + FRAMING.toBytes()));
    return factory.createMultipartConfig();
  }
}
