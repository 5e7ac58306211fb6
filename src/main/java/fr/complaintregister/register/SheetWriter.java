package fr.complaintregister.register;

import java.io.IOException;

/** Writes the register's rows into a spreadsheet file as they come, each column under its French header. */
interface SheetWriter {

  void write(SheetRow row) throws IOException;

  /** Ends the file: written out to the stream, which stays open. */
  void finish() throws IOException;
}
