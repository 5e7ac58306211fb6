package fr.complaintregister.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff mail: {@code appUrl} is the address staff reach the application at, for the links to
 * Tasklist; the daily digest lists what falls due within {@code digestDays} days.
 */
@ConfigurationProperties("registre.staff-mail")
public record StaffMailSettings(String appUrl, int digestDays) {

  String taskLink(String taskId) {
    return appUrl.replaceAll("/+$", "") + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
