package fr.complaintregister.letter;

import fr.complaintregister.complaint.FrenchDate;
import java.time.temporal.TemporalAccessor;

/** Dates in words for the letter templates, {@code ${dates.inWords(complaint.answerDueDate)}}: "1er mars 2026". */
public class LetterDates {

  public String inWords(TemporalAccessor date) {
    return date == null ? "" : FrenchDate.IN_WORDS.format(date);
  }
}
