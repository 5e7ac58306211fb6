package fr.complaintregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.complaintregister.testing.ComplaintTestSupport;
import fr.complaintregister.testing.WebappLogin;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The domain API used with the session of a user logged in to the webapps, as Cockpit's open
 * complaints tab does: reading needs the session, changing also its CSRF token.
 */
class WebappSessionAuthenticationTests extends ComplaintTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  @Test
  void aUserLoggedInToCockpitReadsTheRegisterWithTheSession() {
    HttpHeaders session = WebappLogin.logIn(http, "cockpit", "quentin");

    assertThat(get("/api/register", session).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aRecordingWithTheSessionNeedsTheSessionsCsrfToken() throws Exception {
    HttpHeaders session = WebappLogin.logIn(http, "cockpit", "quentin");
    HttpHeaders wrongToken = withoutCsrfToken(session);
    wrongToken.add(WebappLogin.CSRF_HEADER, "0123456789ABCDEF0123456789ABCDEF");

    assertThat(recordComplaint(withoutCsrfToken(session)).getStatusCode().value()).isEqualTo(401);
    assertThat(recordComplaint(wrongToken).getStatusCode().value()).isEqualTo(401);
    assertThat(recordComplaint(session).getStatusCode().value()).isEqualTo(201);
  }

  @Test
  void aSessionWhoseUserLoggedOutIsRefused() {
    HttpHeaders session = WebappLogin.logIn(http, "cockpit", "quentin");
    WebappLogin.logOut(http, session);

    assertThat(get("/api/register", session).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aRefusedSessionIsNotAskedForABasicLoginThatWouldPopTheBrowsersLoginBox() throws Exception {
    HttpHeaders session = WebappLogin.logIn(http, "cockpit", "quentin");

    ResponseEntity<String> refusedChange = recordComplaint(withoutCsrfToken(session));
    WebappLogin.logOut(http, session);
    ResponseEntity<String> loggedOut = get("/api/register", session);
    ResponseEntity<String> withoutSession = get("/api/register", new HttpHeaders());

    assertThat(refusedChange.getStatusCode().value()).isEqualTo(401);
    assertThat(refusedChange.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(loggedOut.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(withoutSession.getStatusCode().value()).isEqualTo(401);
    assertThat(withoutSession.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("HTTP Basic clients")
        .startsWith("Basic");
  }

  @Test
  void aChangeSentFromAnotherSiteIsRefusedEvenWithTheBrowsersRememberedBasicPassword() throws Exception {
    HttpHeaders fromAnotherSite = new HttpHeaders();
    fromAnotherSite.setBasicAuth("alice", "alice");
    fromAnotherSite.add("Sec-Fetch-Site", "cross-site");
    HttpHeaders fromOurPages = new HttpHeaders();
    fromOurPages.setBasicAuth("alice", "alice");
    fromOurPages.add("Sec-Fetch-Site", "same-origin");

    assertThat(recordComplaint(fromAnotherSite).getStatusCode().value()).isEqualTo(401);
    assertThat(recordComplaint(fromOurPages).getStatusCode().value()).isEqualTo(201);
  }

  private static HttpHeaders withoutCsrfToken(HttpHeaders session) {
    HttpHeaders headers = new HttpHeaders();
    headers.addAll(session);
    headers.remove(WebappLogin.CSRF_HEADER);
    return headers;
  }

  private ResponseEntity<String> get(String path, HttpHeaders headers) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> recordComplaint(HttpHeaders headers) throws Exception {
    headers.setContentType(MediaType.APPLICATION_JSON);
    String form = json.writeValueAsString(complaintForm(newAgency(), LocalDate.now(PARIS).toString()));
    return http.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }
}
