package fr.complaintregister.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Lays out a letter's HTML as a PDF/A-3b document for archiving: the Liberation Sans fonts embedded
 * (subset), the sRGB colour profile that PDF/A requires taken from the JDK's own.
 */
@Component
class LetterPdf {

  /** The family the templates name; no other font may be used, PDF/A embeds every font. */
  static final String FONT_FAMILY = "Liberation Sans";

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /** @param baseUri where the template's relative links (a logo) are resolved from */
  byte[] of(String html, String baseUri) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .usePdfAConformance(PdfAConformance.PDFA_3_B)
        .useColorProfile(SRGB)
        .withHtmlContent(html, baseUri)
        .toStream(pdf);
    font(builder, "Regular", 400, FontStyle.NORMAL);
    font(builder, "Bold", 700, FontStyle.NORMAL);
    font(builder, "Italic", 400, FontStyle.ITALIC);
    font(builder, "BoldItalic", 700, FontStyle.ITALIC);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf.toByteArray();
  }

  private static void font(PdfRendererBuilder builder, String variant, int weight, FontStyle style) {
    String resource = "liberation/LiberationSans-" + variant + ".ttf";
    builder.useFont(() -> LetterPdf.class.getClassLoader().getResourceAsStream(resource), FONT_FAMILY, weight, style,
        true);
  }
}
