package fr.complaintregister.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.complaintregister.retention.RetentionSettings;
import fr.complaintregister.testing.ComplaintTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application refuses to start when the engine would clean a complaint's history before the register's retention ends. */
class HistoryRetentionCheckTests extends ComplaintTestSupport {

  @Autowired RepositoryService repositoryService;

  @Test
  void everyDeployedProcessAndDecisionKeepsItsHistoryAsLongAsTheDefaultFiveYears() {
    assertThat(check(5).tooShortHistories()).isEmpty();
  }

  @Test
  void aRetentionLongerThanTheHistoryStopsTheStartWithAFrenchMessageNamingEachModel() {
    assertThatThrownBy(() -> check(6).afterSingletonsInstantiated())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Démarrage refusé : le registre conserve ses dossiers 6 ans après leur clôture"
            + " (registre.retention.years), soit jusqu'à 2192 jours")
        .hasMessageContaining("complaint (1827)")
        .hasMessageContaining("personalDataRetention (1827)")
        .hasMessageContaining("qualification (1827)")
        .hasMessageContaining("allongez leur historyTimeToLive ou réduisez registre.retention.years");
  }

  @Test
  void yearsAreCountedWithTheMostLeapDaysTheyCanHold() {
    assertThat(new RetentionSettings(1, 100).longestDays()).isEqualTo(366);
    assertThat(new RetentionSettings(4, 100).longestDays()).isEqualTo(1461);
    assertThat(new RetentionSettings(5, 100).longestDays()).as("28 Feb 2024 to 28 Feb 2029").isEqualTo(1827);
    assertThat(new RetentionSettings(10, 100).longestDays()).isEqualTo(3653);
  }

  private HistoryRetentionCheck check(int years) {
    return new HistoryRetentionCheck(repositoryService, new RetentionSettings(years, 100));
  }
}
