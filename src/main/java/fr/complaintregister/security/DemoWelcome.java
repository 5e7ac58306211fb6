package fr.complaintregister.security;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo setup tells where Tasklist is and opens it in the browser when there is a desktop. */
@Component
@Profile("demo")
class DemoWelcome {

  private static final Logger LOG = LoggerFactory.getLogger(DemoWelcome.class);

  private final boolean openBrowser;

  DemoWelcome(@Value("${registre.demo.open-browser:false}") boolean openBrowser) {
    this.openBrowser = openBrowser;
  }

  @EventListener
  @Order(2)
  void welcome(ApplicationReadyEvent ready) {
    String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
    URI tasklist = URI.create("http://localhost:" + port + "/camunda/app/tasklist/");
    LOG.info("Demo setup ready: Tasklist at {} (log in as demo/demo, or alice/alice, bruno/bruno...)", tasklist);
    if (openBrowser && !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
        && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
      try {
        Desktop.getDesktop().browse(tasklist);
      } catch (IOException | UnsupportedOperationException e) {
        LOG.info("Could not open a browser ({}): open {} yourself", e.getMessage(), tasklist);
      }
    }
  }
}
