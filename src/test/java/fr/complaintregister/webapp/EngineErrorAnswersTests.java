package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** What the engine REST APIs answer when the engine refuses or fails. */
class EngineErrorAnswersTests {

  private final EngineErrorAnswers answers = new EngineErrorAnswers();

  @Test
  void aDatabaseFailureTellsNothingOfItsCauseButAReference() {
    Response response = answers.of(new ProcessEngineException(
        "ENGINE-03004 Exception while executing Database Operation: INSERT INTO ACT_RU_VARIABLE … "
            + "ERROR: value too long for type character varying(4000)"));

    assertThat(response.getStatus()).isEqualTo(500);
    ExceptionDto body = (ExceptionDto) response.getEntity();
    assertThat(body.getType()).isEqualTo("ServerError");
    assertThat(body.getMessage()).startsWith("L'opération n'a pas abouti").containsPattern("référence [0-9a-f]{8}")
        .doesNotContain("ACT_RU", "INSERT", "ENGINE-", "varying");
  }

  @Test
  void anotherAgencysObjectIsAFrench403() {
    Response response = answers.of(new ProcessEngineException(
        "ENGINE-13034 Cannot get the task '42' because it belongs to no authenticated tenant."));

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(((ExceptionDto) response.getEntity()).getMessage()).isEqualTo(
        "Action refusée : cet élément relève d'une agence dont vous n'êtes pas membre.");
  }

  @Test
  void aRefusedPermissionIsAFrench403EvenWhenWrapped() {
    Response response = answers.of(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new AuthorizationException("The user with id 'audrey' does not have 'UPDATE' permission"), "Cannot update"));

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(((ExceptionDto) response.getEntity()).getMessage()).startsWith("Action refusée");
  }

  @Test
  void aTaskThatIsNoLongerThereIsAFrench404() {
    Response response = answers.of(new InvalidRequestException(Response.Status.NOT_FOUND, "No matching task with id 42"));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(((ExceptionDto) response.getEntity()).getMessage())
        .startsWith("La tâche n'existe plus").doesNotContain("No matching", "42");
  }

  @Test
  void aFormSubmittedTwiceIsAFrench404ThoughTheEngineAnswersA500() {
    Response response = answers.of(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new NullValueException("Cannot find task with id 42: task is null"),
        "Cannot submit task form 42: Cannot find task with id 42: task is null"));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(((ExceptionDto) response.getEntity()).getMessage()).startsWith("La tâche n'existe plus").doesNotContain("42");
  }

  @Test
  void theEnginesPermissionMessageIsAFrench403WhateverTheExceptionCarryingIt() {
    Response response = answers.of(new InvalidRequestException(Response.Status.BAD_REQUEST,
        "The user with id 'audrey' does not have one of the following permissions: 'UPDATE' permission on resource 'x'"));

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(((ExceptionDto) response.getEntity()).getMessage()).startsWith("Action refusée").doesNotContain("audrey");
  }

  @Test
  void anyOtherRefusalKeepsItsStatusWithAFrenchMessage() {
    Response response = answers.of(new BadUserRequestException("Cannot suspend: no such process definition"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(((ExceptionDto) response.getEntity()).getMessage()).startsWith("La demande n'a pas pu être traitée");
  }
}
