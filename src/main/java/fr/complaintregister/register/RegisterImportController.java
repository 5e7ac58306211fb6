package fr.complaintregister.register;

import fr.complaintregister.complaint.ApiErrors.Errors;
import fr.complaintregister.complaint.FieldError;
import fr.complaintregister.complaint.Messages;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** Brings a register kept in a spreadsheet (XLSX or CSV) into the register. */
@RestController
class RegisterImportController {

  /**
   * A year's register of a large network: about 90,000 rows as XLSX, 25,000 as CSV (the export of 100,000 rows is
   * 11 MB as XLSX, 38 MB as CSV). A larger register comes in a year or an agency at a time, as the refusal says; a
   * CSV is read whole into memory.
   */
  private static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

  private final RegisterImport registerImport;
  private final Messages messages;

  RegisterImportController(RegisterImport registerImport, Messages messages) {
    this.registerImport = registerImport;
    this.messages = messages;
  }

  @PostMapping("/api/register/import")
  RegisterImport.Report importRegister(@RequestParam(required = false) MultipartFile file) throws IOException {
    if (file != null && file.getSize() > MAX_IMPORT_BYTES) {
      throw new MaxUploadSizeExceededException(MAX_IMPORT_BYTES);
    }
    return registerImport.importFile(file == null ? new byte[0] : file.getBytes());
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  Errors tooLarge(MaxUploadSizeExceededException e) {
    return new Errors(List.of(new FieldError("file", messages.get("error.sheet.tooLarge", MAX_IMPORT_BYTES / 1024 / 1024))));
  }
}
