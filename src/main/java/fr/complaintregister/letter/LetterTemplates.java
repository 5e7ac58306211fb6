package fr.complaintregister.letter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The letters' Thymeleaf templates: a template of the same name in the administrator's folder
 * ({@code registre.letters.template-folder}) wins over the built-in one in {@code letters/}, the
 * shared letterhead fragment included. An engine of their own, apart from the web layer, which
 * serves static pages and JSON only.
 */
@Component
class LetterTemplates {

  private static final LetterDates DATES = new LetterDates();

  private final TemplateEngine engine = new TemplateEngine();

  LetterTemplates(LetterSettings settings) {
    if (StringUtils.hasText(settings.templateFolder())) {
      FileTemplateResolver folder = configured(new FileTemplateResolver(), 1,
          Path.of(settings.templateFolder()).toAbsolutePath() + "/");
      // Read again at each letter: an edited template applies without a restart.
      folder.setCacheable(false);
      folder.setCheckExistence(true);
      engine.addTemplateResolver(folder);
    }
    engine.addTemplateResolver(configured(new ClassLoaderTemplateResolver(), 2, "letters/"));
  }

  private static <T extends AbstractConfigurableTemplateResolver> T configured(T resolver, int order, String prefix) {
    resolver.setOrder(order);
    resolver.setPrefix(prefix);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    return resolver;
  }

  /**
   * The letter as HTML; the templates show the client's texts with th:text, so they stay text. Every template may
   * write a date in words with {@code dates}.
   */
  String render(LetterKind kind, Map<String, Object> variables) {
    Context context = new Context(Locale.FRANCE, variables);
    context.setVariable("dates", DATES);
    return engine.process(kind.template(), context);
  }
}
