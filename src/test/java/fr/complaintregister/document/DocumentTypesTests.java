package fr.complaintregister.document;

import static fr.complaintregister.testing.FrenchMessages.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.complaintregister.complaint.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Office files and images are recognised from their bytes; their extension names which kind they are. */
class DocumentTypesTests {

  private static final byte[] OLE2 = Arrays.copyOf(
      new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 512);
  private static final byte[] JPEG = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10,
      'J', 'F', 'I', 'F', 0}, 64);

  private final DocumentTypes types = new DocumentTypes(messages());

  @Test
  void wordAndExcelFilesOfTodayAreRecognisedByTheirContainerAndNamedByTheirExtension() throws IOException {
    byte[] ooxml = zip("[Content_Types].xml", "<Types/>");

    assertThat(types.contentTypeOf("réponse.docx", ooxml))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(types.contentTypeOf("relevé.xlsx", ooxml))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @Test
  void olderWordAndExcelFilesAreRecognisedByTheirContainer() {
    assertThat(types.contentTypeOf("courrier.doc", OLE2)).isEqualTo("application/msword");
    assertThat(types.contentTypeOf("tableau.xls", OLE2)).isEqualTo("application/vnd.ms-excel");
  }

  @Test
  void anOpenDocumentTextIsRecognisedFromItsBytes() throws IOException {
    assertThat(types.contentTypeOf("lettre.odt", zip("mimetype", "application/vnd.oasis.opendocument.text")))
        .isEqualTo("application/vnd.oasis.opendocument.text");
  }

  @Test
  void aPhotoIsRecognisedWhateverTheCaseOfItsExtension() {
    assertThat(types.contentTypeOf("photo.JPG", JPEG)).isEqualTo("image/jpeg");
    assertThat(types.contentTypeOf("photo.jpeg", JPEG)).isEqualTo("image/jpeg");
  }

  @Test
  void photosOfTodaysPhonesAreRecognised() {
    byte[] webp = "RIFF\u0024\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    byte[] heic = "\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000mif1heic".getBytes(StandardCharsets.ISO_8859_1);
    byte[] heicUnderGenericBrand = "\u0000\u0000\u0000\u0018ftypmif1\u0000\u0000\u0000\u0000mif1heic"
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(types.contentTypeOf("photo.webp", webp)).isEqualTo("image/webp");
    assertThat(types.contentTypeOf("IMG_0001.HEIC", heic)).isEqualTo("image/heic");
    assertThat(types.contentTypeOf("IMG_0002.HEIC", heicUnderGenericBrand)).isEqualTo("image/heic");
  }

  @Test
  void aPlainZipNamedAsAWordFileIsRefused() throws IOException {
    assertThatThrownBy(() -> types.contentTypeOf("lettre.docx", zip("virus.exe", "MZ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le contenu de « lettre.docx » n'est pas d'un type accepté");
  }

  @Test
  void aNameWithoutExtensionIsRefused() {
    assertThatThrownBy(() -> types.contentTypeOf("scan", DocumentApiTests.PDF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("« scan » n'est pas d'un type accepté.");
  }

  /** A zip whose first entry is stored uncompressed, as office suites write their files. */
  private static byte[] zip(String firstEntry, String content) throws IOException {
    byte[] entryBytes = content.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(entryBytes);
    ZipEntry entry = new ZipEntry(firstEntry);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(entryBytes.length);
    entry.setCrc(crc.getValue());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(entry);
      zip.write(entryBytes);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
