package fr.complaintregister.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

  @Test
  void theFoldersOfTheSendersComputerAreDropped() {
    assertThat(FileNames.forDisplay("C:\\Users\\bruno\\Scans\\courrier.pdf")).isEqualTo("courrier.pdf");
    assertThat(FileNames.forDisplay("../../etc/lettre.pdf")).isEqualTo("lettre.pdf");
  }

  @Test
  void anInvisibleRightToLeftOverrideCannotDisguiseTheExtension() {
    assertThat(FileNames.forDisplay("facture\u202Efdp.exe")).isEqualTo("facturefdp.exe");
  }

  @Test
  void charactersNoFileSystemAcceptsAndLineBreaksAreReplaced() {
    assertThat(FileNames.forDisplay("lettre \"urgente\"\r\n: client?.pdf")).isEqualTo("lettre _urgente_ _ client_.pdf");
  }

  @Test
  void accentsTypedOnAMacAreStoredAsOnAnyOtherComputer() {
    assertThat(FileNames.forDisplay("re\u0301clamation.pdf")).isEqualTo("réclamation.pdf");
  }

  @Test
  void aVeryLongNameIsShortenedKeepingItsExtension() {
    String shortened = FileNames.forDisplay("é".repeat(300) + ".pdf");

    assertThat(shortened).hasSize(FileNames.MAX_LENGTH).endsWith("é.pdf");
  }
}
