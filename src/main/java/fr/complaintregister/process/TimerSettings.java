package fr.complaintregister.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the deadline timers fire.
 *
 * @param acknowledgementReminderDaysBefore days before the acknowledgement due date for the reminder
 * @param answerReminderDaysBefore days before the answer due date for the reminder
 * @param informClientEveryDays how often, counted from reception, the client is kept informed
 * @param lateTaskWorkingDays working days (Monday to Friday, public holidays excepted) the direction
 *     has to deal with a "Réclamation en retard" task: its Tasklist due date
 * @param actionReminderDaysBefore days before a corrective action's due date for the reminder
 */
@ConfigurationProperties("registre.timers")
public record TimerSettings(
    @DefaultValue("3") int acknowledgementReminderDaysBefore,
    @DefaultValue("15") int answerReminderDaysBefore,
    @DefaultValue("30") int informClientEveryDays,
    @DefaultValue("2") int lateTaskWorkingDays,
    @DefaultValue("7") int actionReminderDaysBefore) {
}
