package fr.complaintregister.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The indicators page, reached from the webapps' menu, as the quality manager prints it for an audit. */
@Tag("browser")
@ExtendWith(BrowserAvailability.class)
class IndicatorsJourneyTests extends ComplaintTestSupport {

  private static final By INDICATORS_LINK = By.cssSelector("li.indicateurs-link a");
  private static final By AGENCY = By.cssSelector("#filters input[name=agency]");
  private static final By SHOW = By.xpath("//button[normalize-space()='Afficher']");
  private static final By COMPLAINTS = By.xpath("//section[h2='Réclamations']");
  private static final By BY_MONTH = By.xpath("//section[h2='Par mois de réception']");
  private static final By CHARTS = By.cssSelector(".indicateurs-chart canvas");

  @LocalServerPort int port;

  @Test
  void theQualityManagerOpensTheIndicatorsFromTheMenuAndSeesTheFiguresAndTheCharts() {
    String agency = newAgency();
    LocalDate today = LocalDate.now(PARIS);
    receivedOn(agency, today.toString());
    receivedOn(agency, today.toString());
    try (Browser quentin = Browser.open(port, "indicators")) {
      quentin.logIn("tasklist", "quentin");
      quentin.click(INDICATORS_LINK);
      quentin.waitForText("Indicateurs du registre des réclamations");
      quentin.type(AGENCY, agency);
      quentin.click(SHOW);
      quentin.waitForText("agence " + agency);

      assertThat(quentin.text(COMPLAINTS)).contains("Réclamations reçues 2", "Accusé de réception en attente (délai "
          + "non échu) 2", "Taux réponse dans le délai –");
      assertThat(quentin.text(By.id("period"))).isEqualTo(
          "Du 01/01/" + today.getYear() + " au 31/12/" + today.getYear() + ", agence " + agency + ".");
      assertThat(quentin.text(BY_MONTH)).contains(today.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH))
          + " 2");
      List<WebElement> charts = quentin.waitUntil(browser -> {
        List<WebElement> drawn = browser.findElements(CHARTS);
        return drawn.size() == 4 ? drawn : null;
      });
      assertThat(charts).as("outcomes, by month, by agency, by product category").allSatisfy(chart -> {
        assertThat(chart.getSize().getWidth()).isPositive();
        assertThat(chart.getSize().getHeight()).isPositive();
      });
      quentin.screenshot("indicators");

      quentin.asPrinted();
      quentin.waitUntilGone(By.id("filters"));
      assertThat(quentin.all(By.cssSelector(".registre-header"))).allSatisfy(header -> assertThat(header.isDisplayed())
          .as("menus hidden on paper").isFalse());
      assertThat(quentin.text(By.id("period"))).as("the printed page's title").isEqualTo("Du 01/01/" + today.getYear()
          + " au 31/12/" + today.getYear() + ", agence " + agency + ". Imprimé le "
          + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".");
      assertThat(quentin.all(CHARTS)).as("charts as wide as an A4 page's text, 180 mm")
          .allSatisfy(chart -> assertThat(chart.getSize().getWidth()).isEqualTo(680));
      quentin.screenshot("indicators-printed");
    }
  }

  @Test
  void aHandlerHasNoIndicatorsLink() {
    try (Browser bruno = Browser.open(port, "indicators-handler")) {
      bruno.logIn("tasklist", "bruno");
      bruno.go("/registre/");
      bruno.waitForText("Connecté : bruno");
      assertThat(bruno.text(By.cssSelector(".registre-header nav"))).doesNotContain("Indicateurs");
      bruno.screenshot("register-without-indicators");
    }
  }
}
