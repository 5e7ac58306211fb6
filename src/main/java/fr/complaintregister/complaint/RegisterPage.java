package fr.complaintregister.complaint;

import java.util.List;

/** A page of the register, numbered from 0. */
public record RegisterPage(List<RegisterEntry> content, PageInfo page) {

  public record PageInfo(int number, int size, long totalElements, int totalPages) {
  }

  static RegisterPage of(List<RegisterEntry> content, int number, int size, long totalElements) {
    int totalPages = (int) ((totalElements + size - 1) / size);
    return new RegisterPage(content, new PageInfo(number, size, totalElements, totalPages));
  }
}
