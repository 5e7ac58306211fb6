package fr.complaintregister.complaint;

import java.math.BigDecimal;

/** The answer given to a complaint, as the register keeps it. */
public record Answer(
    Outcome outcome,
    String answerText,
    String recourseOptions,
    String commercialGesture,
    BigDecimal commercialGestureAmount,
    String dysfunctions) {
}
