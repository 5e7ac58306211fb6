package fr.complaintregister.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff mail: {@code appUrl} is the address staff reach the application at, for the links to
 * Tasklist; the daily digest lists what falls due within {@code digestDays} days.
 */
@ConfigurationProperties("registre.staff-mail")
public record StaffMailSettings(String appUrl, int digestDays) {

  public StaffMailSettings {
    if (appUrl == null || !appUrl.matches("https?://.+")) {
      throw new IllegalArgumentException("registre.staff-mail.app-url (REGISTRE_APP_URL) must be the application's http(s) address, not \"" + appUrl + "\"");
    }
    if (digestDays < 0) {
      throw new IllegalArgumentException("registre.staff-mail.digest-days must not be negative");
    }
  }
}
