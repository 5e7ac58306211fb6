package fr.complaintregister.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jsoup.helper.W3CDom;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lays out a letter's HTML as a PDF/A-3b document for archiving: the Liberation Sans fonts embedded
 * (subset), the sRGB colour profile that PDF/A requires taken from the JDK's own.
 */
@Component
class LetterPdf {

  private static final Logger log = LoggerFactory.getLogger(LetterPdf.class);

  /** The family the templates name; no other font may be used, PDF/A embeds every font. */
  static final String FONT_FAMILY = "Liberation Sans";

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  private static final Map<String, byte[]> FONTS = fontFiles();

  /**
   * Lays out a first page in the background once the application is up: the renderer's first run
   * takes seconds (classes, CSS, fonts), and a receipt renders while its agency's numbering is locked.
   */
  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    CompletableFuture.runAsync(() -> of("<html><body style=\"font-family: '" + FONT_FAMILY + "'\"><p>Réclamation</p></body></html>", ""))
        .exceptionally(failure -> {
          log.warn("The PDF renderer's warm-up failed: the first letter will take longer", failure);
          return null;
        });
  }

  /** @param baseUri where the template's relative links (a logo) are resolved from */
  byte[] of(String html, String baseUri) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .usePdfAConformance(PdfAConformance.PDFA_3_B)
        .useColorProfile(SRGB)
        // Read as HTML, not XML: an edited template's &nbsp; or <br>, or a character XML forbids in a client's text,
        // would otherwise fail every letter of its kind.
        .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseUri)), baseUri)
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

  /**
   * Under its own name, and under the names the renderer gives the generic families (serif, the default, and
   * sans-serif): a template an administrator wrote without naming it still prints its text, in the one font the PDF/A
   * embeds (with no font, PDF/A prints nothing).
   */
  private static void font(PdfRendererBuilder builder, String variant, int weight, FontStyle style) {
    byte[] font = FONTS.get(variant);
    for (String family : List.of(FONT_FAMILY, "Serif", "SansSerif")) {
      builder.useFont(() -> new ByteArrayInputStream(font), family, weight, style, true);
    }
  }

  /** Each font file read once, not from the jar for every letter: a receipt is laid out in a recording's transaction. */
  private static Map<String, byte[]> fontFiles() {
    Map<String, byte[]> fonts = new HashMap<>();
    for (String variant : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
      try (InputStream file = LetterPdf.class.getClassLoader()
          .getResourceAsStream("liberation/LiberationSans-" + variant + ".ttf")) {
        fonts.put(variant, file.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.copyOf(fonts);
  }
}
