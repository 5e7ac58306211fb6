package fr.complaintregister.deadline;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The plan's deadlines: acknowledge within 10 days, answer within 2 months of reception.
 *
 * @param dayCount how days are counted
 * @param acknowledgementDays days allowed to acknowledge
 * @param answerMonths months allowed to answer
 * @param alsaceMoselleAgencies agencies that also observe Good Friday and 26 December
 */
@ConfigurationProperties("registre.deadlines")
public record DeadlineSettings(
    @DefaultValue("calendar") DayCount dayCount,
    @DefaultValue("10") int acknowledgementDays,
    @DefaultValue("2") int answerMonths,
    @DefaultValue Set<String> alsaceMoselleAgencies) {
}
