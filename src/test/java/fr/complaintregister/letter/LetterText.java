package fr.complaintregister.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF letter's text as a reader sees it, lines joined by spaces so that phrases read across line breaks. */
final class LetterText {

  private LetterText() {
  }

  static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      // In reading order: the content stream draws a line's bold and plain runs apart.
      stripper.setSortByPosition(true);
      return stripper.getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
