package io.invito.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.invito.config.FetchSettings;
import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.Validators;
import io.invito.testing.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blackholed connect: a TCP handshake that never completes. On Linux a listening socket whose
 * accept queue is full drops further SYNs (with the default {@code tcp_abort_on_overflow=0}), so a
 * client's connect neither succeeds nor is refused: exactly what a firewall that drops packets
 * does. The queue is filled with connections that are never accepted, and the test first proves,
 * with a probe connect of its own, that a connect to it now hangs; where the kernel behaves
 * otherwise the test is skipped rather than passed.
 */
class FetcherConnectTimeoutTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  /** Connect timeout 1 s; a request timeout far longer, so only the connect timeout can end it. */
  private static final FetchSettings SETTINGS =
      new FetchSettings(
          TestServer.AGENT,
          Duration.ofSeconds(1),
          Duration.ofSeconds(60),
          1024 * 1024,
          5,
          8,
          2,
          Duration.ZERO,
          List.of("127.0.0.1"));

  @Test
  void failsWithAConnectTimeoutWhenTheHandshakeNeverCompletes() throws IOException {
    List<Socket> filling = new ArrayList<>();
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        Fetcher fetcher = new Fetcher(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC))) {
      assumeTrue(
          fillAcceptQueue(listener, filling),
          "this kernel completes or refuses connects to a full accept queue");
      URI url = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/feed.xml");

      FetchResult result = fetcher.fetch(url, Validators.NONE);

      assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(result.status()).isZero();
      // The request timeout (60 s) would say "timed out after"; this names the connect timeout.
      assertThat(result.error()).hasValue("could not connect within 1 s");
    } finally {
      for (Socket socket : filling) {
        socket.close();
      }
    }
  }

  /**
   * Opens connections that are never accepted until one of them cannot connect within 300 ms; false
   * when none hangs (the kernel accepted or refused every one).
   */
  private static boolean fillAcceptQueue(ServerSocket listener, List<Socket> filling)
      throws IOException {
    InetSocketAddress address =
        new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
    for (int attempt = 0; attempt < 16; attempt++) {
      Socket socket = new Socket();
      filling.add(socket);
      try {
        socket.connect(address, 300);
      } catch (SocketTimeoutException hung) {
        return true;
      } catch (IOException refused) {
        return false;
      }
    }
    return false;
  }
}
