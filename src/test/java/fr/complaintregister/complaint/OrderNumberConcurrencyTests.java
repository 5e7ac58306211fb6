package fr.complaintregister.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import fr.complaintregister.testing.ComplaintTestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class OrderNumberConcurrencyTests extends ComplaintTestSupport {

  private static final int RECORDINGS = 50;

  @Autowired TestRestTemplate http;

  @Test
  void fiftySimultaneousRecordingsGetFiftyConsecutiveNumbers() {
    String agency = newAgency();
    String today = LocalDate.now(PARIS).toString();
    ExecutorService clients = Executors.newFixedThreadPool(RECORDINGS);
    try {
      List<CompletableFuture<ResponseEntity<Map>>> recordings = IntStream.range(0, RECORDINGS)
          .mapToObj(i -> CompletableFuture.supplyAsync(() -> http.withBasicAuth("alice", "alice")
              .postForEntity("/api/complaints", complaintForm(agency, today), Map.class), clients))
          .toList();

      List<ResponseEntity<Map>> responses = recordings.stream().map(CompletableFuture::join).toList();

      assertThat(responses).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
      String prefix = String.format("%02d.%s.", LocalDate.now(PARIS).getYear() % 100, agency);
      assertThat(responses).extracting(response -> (String) response.getBody().get("orderNumber"))
          .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, RECORDINGS)
              .mapToObj(n -> prefix + String.format("%03d", n)).toList());
    } finally {
      clients.shutdownNow();
    }
  }
}
