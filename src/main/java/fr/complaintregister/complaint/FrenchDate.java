package fr.complaintregister.complaint;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Dates as French users read and type them: 31/01/2026, and as letters and mails write them: 31 janvier 2026. */
public final class FrenchDate {

  public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  public static final DateTimeFormatter WITH_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
  /** French writes the first of the month as an ordinal: 1er mars 2026. */
  public static final DateTimeFormatter IN_WORDS = new DateTimeFormatterBuilder()
      .appendText(ChronoField.DAY_OF_MONTH, LongStream.rangeClosed(1, 31).boxed()
          .collect(Collectors.toMap(day -> day, day -> day == 1 ? "1er" : String.valueOf(day))))
      .appendPattern(" MMMM uuuu").toFormatter(Locale.FRENCH);

  private FrenchDate() {
  }
}
