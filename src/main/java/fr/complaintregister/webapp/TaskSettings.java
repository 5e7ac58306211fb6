package fr.complaintregister.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueDateChangeable whether those who work on a task may move its due date (their working
 *     date; the register's legal deadlines and the timers never move with it)
 */
@ConfigurationProperties("registre.tasks")
record TaskSettings(@DefaultValue("true") boolean dueDateChangeable) {
}
