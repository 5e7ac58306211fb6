package fr.complaintregister.complaint;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param productCategories the codes a complaint's product or service may be filed under
 * @param defaultProductCategory the code used when none is given
 * @param defaultRecourseOptions the recourse text offered when an answer rejects the request
 * @param receptionDateMaxAge how far back a recorded reception date may go: older is taken for a typo
 */
@ConfigurationProperties("registre.complaints")
public record ComplaintSettings(
    @DefaultValue("AUTRE") List<String> productCategories,
    @DefaultValue("AUTRE") String defaultProductCategory,
    String defaultRecourseOptions,
    @DefaultValue("5y") Period receptionDateMaxAge) {
}
