package fr.complaintregister.complaint;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** Dates as French users read and type them: 31/01/2026. */
public final class FrenchDate {

  public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private FrenchDate() {
  }
}
