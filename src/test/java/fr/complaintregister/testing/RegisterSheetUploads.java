package fr.complaintregister.testing;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** A tracking sheet sent to {@code POST /api/register/import} as a CSV file. */
public final class RegisterSheetUploads {

  /** The tracking sheet's columns, and the status a row stands at. */
  public static final String HEADER = "Année;Date;NOM Prénom Emetteur;Numéro d'ordre;Origine;Objet;Justificatif n°;Suivi;"
      + "Nom de la personne chargée du dossier;Date d'échéance;Date de clôture;Statut\r\n";

  private RegisterSheetUploads() {
  }

  /** @return the import's report, or its refusal */
  public static ResponseEntity<Map<String, Object>> importCsv(TestRestTemplate http, String user, String lines) {
    return http.withBasicAuth(user, user).exchange("/api/register/import", HttpMethod.POST,
        Uploads.form(Uploads.part("file", HEADER + lines, "suivi.csv")),
        new ParameterizedTypeReference<>() { });
  }
}
