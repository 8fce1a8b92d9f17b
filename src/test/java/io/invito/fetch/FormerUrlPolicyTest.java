package io.invito.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.SourceHealth;
import io.invito.model.SourceHealth.State;
import io.invito.model.Validators;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When a source a permanent redirect moved goes back to read the URL it moved from: only when its
 * new URL is gone or failing there has left it degraded, never for one passing failure.
 */
class FormerUrlPolicyTest {
  private static final URI NEW_URL = URI.create("https://new.example.org/feed.xml");
  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

  private final HealthPolicy policy = new HealthPolicy();

  @Test
  void aNotFoundOrGoneAtTheNewUrlSendsTheSourceBackToItsFormerOne() {
    SourceHealth healthy = HealthPolicy.fresh("moved", NEW_URL.toString());

    assertThat(HealthPolicy.triesFormerUrl(failed(404), policy.update(healthy, failed(404), 0, T0)))
        .isTrue();
    assertThat(HealthPolicy.triesFormerUrl(failed(410), policy.update(healthy, failed(410), 0, T0)))
        .isTrue();
  }

  @Test
  void oneServerErrorAtTheNewUrlDoesNotButTheOneThatDegradesTheSourceDoes() {
    SourceHealth health = HealthPolicy.fresh("moved", NEW_URL.toString());
    boolean[] tries = new boolean[3];
    Instant now = T0;
    for (int failure = 0; failure < tries.length; failure++) {
      health = policy.update(health, failed(500), 0, now);
      tries[failure] = HealthPolicy.triesFormerUrl(failed(500), health);
      now = now.plus(Duration.ofDays(1));
    }

    assertThat(health.state()).isEqualTo(State.DEGRADED);
    assertThat(tries).containsExactly(false, false, true);
  }

  @Test
  void aFetchItsHostHeldBackIsNoReasonToLeaveTheNewUrl() {
    FetchResult heldBack =
        new FetchResult(
            NEW_URL,
            NEW_URL,
            Outcome.FAILED,
            0,
            new byte[0],
            Optional.empty(),
            Validators.NONE,
            Optional.of("host blocked"),
            Optional.of(T0.plus(Duration.ofHours(1))),
            T0,
            Duration.ZERO);
    SourceHealth degraded =
        new SourceHealth(
            "moved",
            NEW_URL.toString(),
            State.DEGRADED,
            Optional.of(T0),
            Optional.empty(),
            Optional.of("HTTP 500"),
            3,
            Optional.empty(),
            0,
            false);

    assertThat(HealthPolicy.triesFormerUrl(heldBack, policy.update(degraded, heldBack, 0, T0)))
        .isFalse();
  }

  @Test
  void theSameHealthAtAnotherUrlKeepsEverythingButTheUrl() {
    SourceHealth failing = policy.update(HealthPolicy.fresh("moved", "x"), failed(404), 0, T0);

    SourceHealth moved = HealthPolicy.at(failing, NEW_URL.toString());

    assertThat(moved.url()).isEqualTo(NEW_URL.toString());
    assertThat(HealthPolicy.at(moved, "x")).isEqualTo(failing);
  }

  private static FetchResult failed(int status) {
    return FetchResult.failed(NEW_URL, status, Phrases.status(status), T0, Duration.ZERO);
  }
}
