package fr.complaintregister.register;

import java.util.EnumMap;
import java.util.Map;

/**
 * One row of the register's spreadsheet: each column's value as a cell holds it (a text, a {@code LocalDate}, an
 * {@code Integer}, a {@code BigDecimal} or a {@code Boolean}), absent when empty.
 */
record SheetRow(Map<SheetColumn, Object> values) {

  SheetRow {
    values = new EnumMap<>(values);
  }

  Object get(SheetColumn column) {
    return values.get(column);
  }

  String orderNumber() {
    return (String) values.get(SheetColumn.ORDER_NUMBER);
  }

  int year() {
    return (Integer) values.get(SheetColumn.YEAR);
  }
}
