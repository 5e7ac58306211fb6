package fr.complaintregister.register;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the register's spreadsheet: the eleven of the tracking sheet users keep today, in their order,
 * then every other field of a row, so that an export imports back to the same register. The French header of each
 * is the message {@code sheet.column.<name>}.
 */
enum SheetColumn {
  YEAR("sheet_year", Kind.NUMBER),
  RECEPTION_DATE("reception_date", Kind.DATE),
  ISSUER("client_name", Kind.TEXT),
  ORDER_NUMBER("order_number", Kind.TEXT),
  ORIGIN("origin", Kind.TEXT),
  SUBJECT("subject", Kind.TEXT),
  DOCUMENT_NUMBER("document_number", Kind.TEXT),
  /** The follow-up notes, one line each: {@code dd/MM/yyyy (auteur) : texte}. */
  FOLLOW_UP(null, Kind.TEXT),
  HANDLER("handler", Kind.TEXT),
  DUE_DATE("answer_due_date", Kind.DATE),
  CLOSURE_DATE("closure_date", Kind.DATE),
  AGENCY("agency", Kind.TEXT),
  STATUS("status", Kind.TEXT),
  CHANNEL("channel", Kind.TEXT),
  PRODUCT_OR_SERVICE("product_or_service", Kind.TEXT),
  PRODUCT_CATEGORY("product_category", Kind.TEXT),
  OTHER_PARTIES("other_parties", Kind.TEXT),
  TARGETED_PERSONS("targeted_persons", Kind.TEXT),
  CLIENT_EMAIL("client_email", Kind.TEXT),
  CLIENT_ADDRESS("client_address", Kind.TEXT),
  ANSWERED_AT_ONCE("answered_at_once", Kind.FLAG),
  ACKNOWLEDGEMENT_DUE_DATE("acknowledgement_due_date", Kind.DATE),
  ACKNOWLEDGEMENT_DATE("acknowledgement_date", Kind.DATE),
  ANSWER_DATE("answer_date", Kind.DATE),
  OUTCOME("outcome", Kind.TEXT),
  ANSWER_TEXT("answer_text", Kind.TEXT),
  RECOURSE_OPTIONS("recourse_options", Kind.TEXT),
  COMMERCIAL_GESTURE("commercial_gesture", Kind.TEXT),
  COMMERCIAL_GESTURE_AMOUNT("commercial_gesture_amount", Kind.AMOUNT),
  DYSFUNCTIONS("dysfunctions", Kind.TEXT),
  SIGNED_BY("signed_by", Kind.TEXT),
  SIGNATURE_DATE("signature_date", Kind.DATE),
  RATING("rating", Kind.NUMBER),
  PLATFORM("platform", Kind.TEXT),
  MARKED_NEGATIVE("marked_negative", Kind.FLAG),
  PUBLIC_REPLY_TEXT("public_reply_text", Kind.TEXT),
  PUBLIC_REPLY_DATE("public_reply_date", Kind.DATE),
  PUBLIC_REPLY_AUTHOR("public_reply_author", Kind.TEXT),
  WITHDRAWAL_KIND("withdrawal_kind", Kind.TEXT),
  WITHDRAWAL_REASON("withdrawal_reason", Kind.TEXT),
  /** For an action, the rows it answers; for a complaint, its corrective actions. */
  LINKED_ROWS(null, Kind.TEXT),
  CHECK_DATE("check_date", Kind.DATE),
  RECORDED_BY("recorded_by", Kind.TEXT);

  /** The tracking sheet's own columns: a sheet kept by hand has these only. */
  static final List<SheetColumn> TRACKING = Arrays.asList(values()).subList(0, CLOSURE_DATE.ordinal() + 1);

  enum Kind { TEXT, DATE, NUMBER, AMOUNT, FLAG }

  /** The column of the register's query it is read from; null when read from another table. */
  final String sqlColumn;
  final Kind kind;

  SheetColumn(String sqlColumn, Kind kind) {
    this.sqlColumn = sqlColumn;
    this.kind = kind;
  }

  /** The field's name in the import's checks; its label is the column's header. */
  String field() {
    return "sheet." + name();
  }

  String headerKey() {
    return "field." + field();
  }
}
