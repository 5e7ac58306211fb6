package fr.complaintregister.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Client text in a task summary is shown as typed, whatever markup it holds. */
class MarkdownTests {

  static Stream<Arguments> hostileTexts() {
    return Stream.of(
        Arguments.of("<a href=\"http://evil.example\">Cliquez ici</a>",
            "\\<a href\\=\\\"http\\:\\/\\/evil\\.example\\\"\\>Cliquez ici\\<\\/a\\>"),
        Arguments.of("[lien](http://evil.example)", "\\[lien\\]\\(http\\:\\/\\/evil\\.example\\)"),
        Arguments.of("![img](http://evil.example/x.png)", "\\!\\[img\\]\\(http\\:\\/\\/evil\\.example\\/x\\.png\\)"),
        Arguments.of("[lien][1]\n[1]: http://evil.example", "\\[lien\\]\\[1\\]\\\n\\[1\\]\\: http\\:\\/\\/evil\\.example"),
        Arguments.of("<http://evil.example>", "\\<http\\:\\/\\/evil\\.example\\>"),
        Arguments.of("www.evil.example", "www\\.evil\\.example"),
        Arguments.of("jeanne@evil.example", "jeanne\\@evil\\.example"),
        Arguments.of("**Gras** __gras__ *italique* _italique_ ~~barré~~ `code`",
            "\\*\\*Gras\\*\\* \\_\\_gras\\_\\_ \\*italique\\* \\_italique\\_ \\~\\~barré\\~\\~ \\`code\\`"),
        Arguments.of("<script>alert(1)</script>", "\\<script\\>alert\\(1\\)\\<\\/script\\>"),
        Arguments.of("&lt;b&gt; &#60;", "\\&lt\\;b\\&gt\\; \\&\\#60\\;"),
        Arguments.of("{{complaintSummary}}", "\\{\\{complaintSummary\\}\\}"),
        Arguments.of("Dupont\n# Titre\n- article\n+ article\n1. premier\n2) second\n> citation",
            "Dupont\\\n\\# Titre\\\n\\- article\\\n\\+ article\\\n1\\. premier\\\n2\\) second\\\n\\> citation"),
        Arguments.of("Dupont\r\n===\r---\n***\n```", "Dupont\\\n\\=\\=\\=\\\n\\-\\-\\-\\\n\\*\\*\\*\\\n\\`\\`\\`"),
        Arguments.of("Dupont\n\n    bloc de code", "Dupont\\\n\\\n    bloc de code"),
        Arguments.of("| a | b |\n|---|---|", "\\| a \\| b \\|\\\n\\|\\-\\-\\-\\|\\-\\-\\-\\|"),
        Arguments.of("C:\\dossier\\", "C\\:\\\\dossier\\\\"),
        Arguments.of("L'été « déjà » — 10 € 😀", "L\\'été « déjà » — 10 € 😀"));
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void everyAsciiPunctuationIsEscapedAndEveryLineBreakStaysInTheParagraph(String typed, String markdown) {
    assertThat(Markdown.literal(typed)).isEqualTo(markdown);
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void droppingTheEscapesGivesBackTheTypedText(String typed, String markdown) {
    String shown = Markdown.literal(typed)
        .replace("\\\n", "\n")
        .replaceAll("\\\\(\\p{Punct})", "$1");

    assertThat(shown).isEqualTo(typed.replace("\r\n", "\n").replace('\r', '\n'));
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void noLineStartsWithMarkup(String typed, String markdown) {
    assertThat(Markdown.literal(typed).lines())
        .allSatisfy(line -> assertThat(line.strip()).doesNotMatch("^[#>+*=`~|<\\[!-].*|^\\d+[.)].*"));
  }

  @Test
  void ordinaryWordsAreLeftAsTheyAre() {
    assertThat(Markdown.literal("Jeanne Dupont 2026 éàç")).isEqualTo("Jeanne Dupont 2026 éàç");
  }
}
