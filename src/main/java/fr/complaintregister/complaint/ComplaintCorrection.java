package fr.complaintregister.complaint;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects recorded fields of a complaint (a misspelt name, a wrong product), all or nothing, by
 * the recording form's rules; each change is traced (what, before, after, who, when) and noted
 * in the follow-up log.
 */
@Service
public class ComplaintCorrection {

  /** A correctable field of the recording form, as the register holds it and as a checked form gives it. */
  private record Field(String name, Function<RegisterEntry, String> recorded, Function<NewComplaint, String> corrected) {
  }

  private static final List<Field> CORRECTABLE = List.of(
      new Field("clientName", RegisterEntry::clientName, NewComplaint::clientName),
      new Field("subject", RegisterEntry::subject, NewComplaint::subject),
      new Field("productOrService", RegisterEntry::productOrService, NewComplaint::productOrService),
      new Field("productCategory", RegisterEntry::productCategory, NewComplaint::productCategory),
      new Field("otherParties", RegisterEntry::otherParties, NewComplaint::otherParties),
      new Field("targetedPersons", RegisterEntry::targetedPersons, NewComplaint::targetedPersons),
      // An imported row may have no channel: its first correction gives it one.
      new Field("channel", entry -> entry.channel() == null ? null : entry.channel().code(),
          complaint -> complaint.channel().code()),
      new Field("clientEmail", RegisterEntry::clientEmail, NewComplaint::clientEmail),
      new Field("clientAddress", RegisterEntry::clientAddress, NewComplaint::clientAddress),
      new Field("documentNumber", RegisterEntry::documentNumber, NewComplaint::documentNumber));

  /** The deadlines run from these: a wrong one is fixed by withdrawing the complaint and recording it again. */
  private static final List<String> FIXED = List.of("receptionDate", ComplaintForm.AGENCY, "origin", "orderNumber");

  private final ComplaintRegister register;
  private final ComplaintForm form;
  private final CorrectionLog corrections;
  private final FollowUpLog followUps;
  private final OpenTaskCopies openTasks;
  private final ComplaintAccess access;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final Clock clock;

  public ComplaintCorrection(ComplaintRegister register, ComplaintForm form, CorrectionLog corrections,
                             FollowUpLog followUps, OpenTaskCopies openTasks, ComplaintAccess access,
                             CurrentUser currentUser, Messages messages, Clock clock) {
    this.register = register;
    this.form = form;
    this.corrections = corrections;
    this.followUps = followUps;
    this.openTasks = openTasks;
    this.access = access;
    this.currentUser = currentUser;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * @throws AccessRefusedException for a caller who is not a handler of the complaint's agency
   * @throws InvalidInputException listing every field refused; then nothing is changed
   */
  @Transactional
  public void correct(String orderNumber, Map<String, ?> submitted) {
    RegisterEntry entry = access.writable(register.get(orderNumber));
    if (!currentUser.mayHandleComplaints()) {
      throw new AccessRefusedException(null, messages.get("error.access.correct"));
    }
    checkFieldNames(submitted);
    NewComplaint corrected = form.readCorrected(withCorrections(entry, submitted), entry.receptionDate(), entry.origin());
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    List<Correction> changes = CORRECTABLE.stream()
        .filter(field -> submitted.containsKey(field.name()))
        .filter(field -> !Objects.equals(field.recorded().apply(entry), field.corrected().apply(corrected)))
        .map(field -> new Correction(field.name(), field.recorded().apply(entry), field.corrected().apply(corrected),
            currentUser.id(), now))
        .toList();
    if (changes.isEmpty()) {
      return;
    }
    register.correct(orderNumber, corrected);
    changes.forEach(change -> corrections.add(orderNumber, change));
    followUps.add(orderNumber, currentUser.id(), messages.get("followUp.corrected", changes.stream()
        .map(change -> messages.get("followUp.correctedField", messages.get("field." + change.field())))
        .collect(Collectors.joining(", "))));
    openTasks.refresh(orderNumber);
  }

  private void checkFieldNames(Map<String, ?> submitted) {
    if (submitted.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldError(null, messages.get("error.correction.empty"))));
    }
    List<FieldError> errors = submitted.keySet().stream()
        .filter(name -> CORRECTABLE.stream().noneMatch(field -> field.name().equals(name)))
        .map(name -> FIXED.contains(name)
            ? new FieldError(name, messages.get("error.correction.fixed", messages.get("field." + name)))
            : new FieldError(name, messages.get("error.correction.unknownField", name,
                CORRECTABLE.stream().map(Field::name).collect(Collectors.joining(", ")))))
        .toList();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The row as the recording form would submit it, with the corrections over it. */
  private static Map<String, Object> withCorrections(RegisterEntry entry, Map<String, ?> submitted) {
    Map<String, Object> values = new HashMap<>();
    CORRECTABLE.forEach(field -> values.put(field.name(), field.recorded().apply(entry)));
    values.put(ComplaintForm.AGENCY, entry.agency());
    values.putAll(submitted);
    return values;
  }
}
