package fr.complaintregister.register;

import java.util.List;

/** A page of the register, numbered from 0. */
public record RegisterPage(List<RegisterRow> content, PageInfo page) {

  public record PageInfo(int number, int size, long totalElements, int totalPages) {
  }

  static RegisterPage of(List<RegisterRow> content, int number, int size, long totalElements) {
    int totalPages = (int) ((totalElements + size - 1) / size);
    return new RegisterPage(content, new PageInfo(number, size, totalElements, totalPages));
  }
}
