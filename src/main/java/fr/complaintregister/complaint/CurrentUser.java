package fr.complaintregister.complaint;

/** Who is making the current request, for the register's "who did what". */
public interface CurrentUser {

  String id();
}
