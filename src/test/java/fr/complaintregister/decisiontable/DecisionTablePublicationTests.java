package fr.complaintregister.decisiontable;

import static fr.complaintregister.testing.DecisionTableUploads.file;
import static fr.complaintregister.testing.Uploads.part;
import static fr.complaintregister.testing.DecisionTableUploads.publish;
import static fr.complaintregister.testing.DecisionTableUploads.publishRefused;
import static fr.complaintregister.testing.RefusedDecisionTables.shippedTable;
import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.complaint.Messages;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.RefusedDecisionTables.Refused;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The quality manager (and an administrator) publishes new versions of the qualification and
 * signing-level tables, and nothing else: a table that could run the application's code is
 * refused, in French, and nothing is deployed.
 */
class DecisionTablePublicationTests extends ComplaintTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired AuthorizationService authorizationService;
  @Autowired Messages messages;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void restoreTheShippedTables() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.complaintregister.testing.RefusedDecisionTables#all")
  void aTableThatCouldRunCodeOrIsNotOneOfOursIsRefusedInFrenchAndNothingIsDeployed(Refused refused) {
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();
    long decisionsBefore = repositoryService.createDecisionDefinitionQuery().count();

    ResponseEntity<Map<String, List<Map<String, String>>>> response = publishRefused(http, "quentin", file(refused.file()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors")).isNotEmpty()
        .allSatisfy(error -> assertThat(error).containsEntry("field", "file"))
        .anySatisfy(error -> assertThat(error.get("message")).contains(refused.explainedBy()));
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(repositoryService.createDecisionDefinitionQuery().count()).isEqualTo(decisionsBefore);
  }

  @Test
  void anAdministratorPublishesANewVersionThatNobodyOwns() {
    int versionBefore = latestVersion("signingLevel");

    ResponseEntity<List<Map<String, Object>>> response = publish(http, "demo", shippedTable("signing-level.dmn"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> published = response.getBody().get(0);
    deployments.add((String) published.get("deploymentId"));
    assertThat(response.getBody()).hasSize(1);
    assertThat(published).containsEntry("key", "signingLevel").containsEntry("version", versionBefore + 1);
    assertThat(repositoryService.createDeploymentQuery().deploymentId((String) published.get("deploymentId")).singleResult().getName())
        .isEqualTo("tables-de-decision");
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.DEPLOYMENT)
        .resourceId((String) published.get("deploymentId")).count())
        .as("deployed by the system: the uploader may not delete it, nor its decisions' history").isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bruno", "audrey"})
  void onlyTheQualityManagerAndAdministratorsMayPublish(String user) {
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();

    ResponseEntity<Map<String, List<Map<String, String>>>> response =
        publishRefused(http, user, file(shippedTable("qualification.dmn")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().get("errors")).singleElement()
        .satisfies(error -> assertThat(error.get("message")).isEqualTo(messages.get("error.access.decisionTables")));
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
  }

  @Test
  void anUploadWithoutAFileAsksForIt() {
    ResponseEntity<Map<String, List<Map<String, String>>>> response =
        publishRefused(http, "quentin", part("document", "rien", "notes.txt"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors")).singleElement()
        .satisfies(error -> assertThat(error.get("message")).startsWith("Joignez la table de décision"));
  }

  @Test
  void aFileTooLargeForATableIsRefusedInFrenchAndNothingIsDeployed() {
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();
    String twoMegabytes = shippedTable("qualification.dmn").replace("</definitions>",
        "<!-- " + "x".repeat(2 * 1024 * 1024) + " --></definitions>");

    ResponseEntity<Map<String, List<Map<String, String>>>> response = publishRefused(http, "quentin", file(twoMegabytes));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(response.getBody().get("errors")).singleElement()
        .satisfies(error -> assertThat(error.get("message")).isEqualTo(messages.get("error.fileTooLarge")));
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
  }

  @Test
  void aTableSentAsTextInsteadOfAFileAsksForTheFile() {
    MultiValueMap<String, Object> textField = new LinkedMultiValueMap<>();
    textField.add("file", shippedTable("qualification.dmn"));
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();

    ResponseEntity<Map<String, List<Map<String, String>>>> response = publishRefused(http, "quentin", textField);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors")).singleElement()
        .satisfies(error -> assertThat(error.get("message")).startsWith("Joignez la table de décision"));
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
  }

  private int latestVersion(String decisionKey) {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion().singleResult().getVersion();
  }
}
