package fr.complaintregister.complaint;

/** Where a register row comes from, as the tracking sheet's "Origine" column says it. */
public enum Origin {
  /** Fiche signalétique: a complaint. */
  FS,
  /** Questionnaire de satisfaction: an item raised by a satisfaction survey. */
  QS,
  /** Plan d'amélioration: a corrective action, recorded through the corrective actions, never as a complaint. */
  PA
}
