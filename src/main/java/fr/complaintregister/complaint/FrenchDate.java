package fr.complaintregister.complaint;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Dates as French users read and type them: 31/01/2026, and as letters and mails write them: 31 janvier 2026. */
public final class FrenchDate {

  public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  public static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

  private FrenchDate() {
  }
}
