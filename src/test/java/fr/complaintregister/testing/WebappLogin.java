package fr.complaintregister.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Logs in to the webapps as their login page does, over HTTP. */
public final class WebappLogin {

  public static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private WebappLogin() {
  }

  /**
   * Logs in to an application of the webapps ({@code tasklist}, {@code cockpit}…) and returns what
   * the browser then sends: the new session's cookie and the CSRF token the session's first
   * answer gives.
   */
  public static HttpHeaders logIn(TestRestTemplate http, String app, String user) {
    ResponseEntity<String> loginPage = http.getForEntity("/camunda/app/" + app + "/", String.class);
    HttpHeaders login = new HttpHeaders();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    login.add(CSRF_HEADER, cookie(loginPage, "XSRF-TOKEN"));
    login.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + cookie(loginPage, "XSRF-TOKEN")
        + "; JSESSIONID=" + cookie(loginPage, "JSESSIONID"));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> loggedIn = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, login), String.class);
    assertThat(loggedIn.getStatusCode().value()).as(loggedIn.getBody()).isEqualTo(200);

    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, "JSESSIONID=" + cookie(loggedIn, "JSESSIONID"));
    String csrf = http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(session),
        String.class).getHeaders().getFirst(CSRF_HEADER);
    assertThat(csrf).as("the session's CSRF token").isNotBlank();
    session.add(CSRF_HEADER, csrf);
    session.setContentType(MediaType.APPLICATION_JSON);
    return session;
  }

  /** Logs the session's user out, as the webapps' menu does. */
  public static void logOut(TestRestTemplate http, HttpHeaders session) {
    ResponseEntity<String> loggedOut = http.exchange("/camunda/api/admin/auth/user/default/logout", HttpMethod.POST,
        new HttpEntity<>(session), String.class);
    assertThat(loggedOut.getStatusCode().is2xxSuccessful()).as(loggedOut.getBody()).isTrue();
  }

  private static String cookie(ResponseEntity<?> response, String name) {
    return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith(name + "="))
        .map(cookie -> cookie.substring(name.length() + 1).split(";")[0])
        .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
  }
}
