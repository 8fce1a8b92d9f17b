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

class HealthPolicyTest {
  private static final URI URL = URI.create("https://example.org/feed.xml");
  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

  /** The source "example" as first configured: never fetched. */
  private static final SourceHealth FRESH = HealthPolicy.fresh("example", URL.toString());

  private final HealthPolicy policy = new HealthPolicy();

  @Test
  void startsNewAndDue() {
    SourceHealth fresh = FRESH;

    assertThat(fresh.state()).isEqualTo(State.NEW);
    assertThat(fresh.consecutiveFailures()).isZero();
    assertThat(policy.due(fresh, T0)).isTrue();
  }

  @Test
  void recordsASuccessWithItsEventCount() {
    SourceHealth health = policy.update(failedTwice(), ok(), 12, T0);

    assertThat(health.state()).isEqualTo(State.OK);
    assertThat(health.consecutiveFailures()).isZero();
    assertThat(health.lastSuccess()).contains(T0);
    assertThat(health.lastAttempt()).contains(T0);
    assertThat(health.lastError()).isEmpty();
    assertThat(health.nextAttempt()).isEmpty();
    assertThat(health.eventsLastTime()).isEqualTo(12);
    assertThat(health.suddenlyEmpty()).isFalse();
  }

  @Test
  void backsOffFifteenMinutesDoublingPerFailureUpToADay() {
    SourceHealth health = FRESH;
    Duration[] expected = {
      Duration.ofMinutes(15),
      Duration.ofMinutes(30),
      Duration.ofHours(1),
      Duration.ofHours(2),
      Duration.ofHours(4),
      Duration.ofHours(8),
      Duration.ofHours(16),
      Duration.ofHours(24),
      Duration.ofHours(24),
      Duration.ofHours(24)
    };
    Instant now = T0;
    for (Duration wait : expected) {
      health = policy.update(health, failed(500), 0, now);
      assertThat(health.nextAttempt()).contains(now.plus(wait));
      assertThat(policy.due(health, now.plus(wait).minusSeconds(1))).isFalse();
      assertThat(policy.due(health, now.plus(wait))).isTrue();
      now = now.plus(wait);
    }
    assertThat(HealthPolicy.backoff(1_000)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void isFailingAfterOneOrTwoFailuresAndDegradedFromTheThird() {
    SourceHealth once = policy.update(FRESH, failed(404), 0, T0);
    SourceHealth twice = policy.update(once, failed(404), 0, T0.plusSeconds(900));
    SourceHealth thrice = policy.update(twice, failed(404), 0, T0.plusSeconds(2700));

    assertThat(once.state()).isEqualTo(State.FAILING);
    assertThat(twice.state()).isEqualTo(State.FAILING);
    assertThat(thrice.state()).isEqualTo(State.DEGRADED);
    assertThat(thrice.consecutiveFailures()).isEqualTo(3);
    assertThat(thrice.lastError()).contains("HTTP 404 Not Found");
  }

  @Test
  void disablesAtOnceOnA410AndNeverCallsItDue() {
    SourceHealth health = policy.update(FRESH, failed(410), 0, T0);

    assertThat(health.state()).isEqualTo(State.DISABLED);
    assertThat(health.consecutiveFailures()).isEqualTo(1);
    assertThat(policy.due(health, T0.plus(Duration.ofDays(365)))).isFalse();
  }

  @Test
  void disablesASourceFailingForThirtyDaysSinceItsLastSuccess() {
    SourceHealth succeeded = policy.update(FRESH, ok(), 5, T0);
    SourceHealth failing = succeeded;
    Instant now = T0;
    for (int i = 0; i < 3; i++) {
      now = now.plus(Duration.ofDays(10));
      failing = policy.update(failing, failed(500), 0, now);
    }

    assertThat(failing.state()).isEqualTo(State.DISABLED);
    assertThat(failing.lastSuccess()).contains(T0);
  }

  @Test
  void doesNotDisableOnOneFailureAfterAMonthOfNotFetching() {
    SourceHealth succeeded = policy.update(FRESH, ok(), 5, T0);

    SourceHealth health = policy.update(succeeded, failed(503), 0, T0.plus(Duration.ofDays(40)));

    assertThat(health.state()).isEqualTo(State.FAILING);
  }

  @Test
  void disablesASourceThatNeverWorkedOnceItsFailuresSpanThirtyDays() {
    SourceHealth health = FRESH;
    Instant now = T0;
    while (health.state() != State.DISABLED) {
      health = policy.update(health, failed(500), 0, now);
      now = health.nextAttempt().orElse(now);
    }

    // Sum of the back-offs before the last failure: 31 h 45 min, then a day each.
    assertThat(Duration.between(T0, health.lastAttempt().orElseThrow()))
        .isGreaterThanOrEqualTo(Duration.ofDays(30))
        .isLessThan(Duration.ofDays(31));
  }

  @Test
  void waitsForRetryAfterWhenTheServerAsksForLonger() {
    Instant later = T0.plus(Duration.ofHours(3));

    SourceHealth health = policy.update(FRESH, failed(429, later), 0, T0);

    assertThat(health.nextAttempt()).contains(later);
  }

  @Test
  void ignoresARetryAfterSoonerThanTheBackoffAndCapsOneBeyondADay() {
    SourceHealth fresh = FRESH;

    SourceHealth sooner = policy.update(fresh, failed(503, T0.plusSeconds(60)), 0, T0);
    SourceHealth far = policy.update(fresh, failed(503, T0.plus(Duration.ofDays(90))), 0, T0);

    assertThat(sooner.nextAttempt()).contains(T0.plus(Duration.ofMinutes(15)));
    assertThat(far.nextAttempt()).contains(T0.plus(Duration.ofHours(24)));
  }

  @Test
  void flagsASourceThatUsedToYieldEventsAndNowYieldsNone() {
    SourceHealth yielding = policy.update(FRESH, ok(), 7, T0);

    SourceHealth empty = policy.update(yielding, ok(), 0, T0.plusSeconds(3600));
    SourceHealth stillEmpty = policy.update(empty, ok(), 0, T0.plusSeconds(7200));
    SourceHealth back = policy.update(stillEmpty, ok(), 2, T0.plusSeconds(10800));

    assertThat(empty.suddenlyEmpty()).isTrue();
    assertThat(empty.eventsLastTime()).isZero();
    assertThat(stillEmpty.suddenlyEmpty()).isTrue();
    assertThat(back.suddenlyEmpty()).isFalse();
  }

  @Test
  void doesNotFlagASourceThatNeverYieldedEvents() {
    SourceHealth health = policy.update(FRESH, ok(), 0, T0);

    assertThat(health.suddenlyEmpty()).isFalse();
  }

  @Test
  void countsNotModifiedAsSuccessKeepingTheEventCount() {
    SourceHealth yielding = policy.update(FRESH, ok(), 7, T0);
    SourceHealth failing = policy.update(yielding, failed(500), 0, T0.plusSeconds(60));

    SourceHealth health = policy.update(failing, notModified(), 0, T0.plusSeconds(1800));

    assertThat(health.state()).isEqualTo(State.OK);
    assertThat(health.consecutiveFailures()).isZero();
    assertThat(health.lastSuccess()).contains(T0.plusSeconds(1800));
    assertThat(health.eventsLastTime()).isEqualTo(7);
    assertThat(health.suddenlyEmpty()).isFalse();
  }

  @Test
  void keepsTheLastSuccessAndEventCountThroughFailures() {
    SourceHealth yielding = policy.update(FRESH, ok(), 7, T0);

    SourceHealth failing = policy.update(yielding, failed(500), 0, T0.plusSeconds(60));

    assertThat(failing.lastSuccess()).contains(T0);
    assertThat(failing.lastAttempt()).contains(T0.plusSeconds(60));
    assertThat(failing.eventsLastTime()).isEqualTo(7);
  }

  @Test
  void aFetchHeldBackByItsHostsRetryAfterIsNoFailureOnlyALaterAttempt() {
    SourceHealth before = failedTwice();
    Instant until = T0.plus(Duration.ofHours(2));

    SourceHealth after = policy.update(before, failed(0, until), 0, T0);

    assertThat(HealthPolicy.heldBack(failed(0, until))).isTrue();
    assertThat(HealthPolicy.heldBack(failed(429, until))).isFalse();
    assertThat(after.consecutiveFailures()).isEqualTo(before.consecutiveFailures());
    assertThat(after.state()).isEqualTo(before.state());
    assertThat(after.lastError()).isEqualTo(before.lastError());
    assertThat(after.nextAttempt()).contains(until);
  }

  private SourceHealth failedTwice() {
    SourceHealth once = policy.update(FRESH, failed(500), 0, T0.minusSeconds(7200));
    return policy.update(once, failed(500), 0, T0.minusSeconds(3600));
  }

  private static FetchResult ok() {
    return result(Outcome.OK, 200, new byte[] {'<'}, Optional.empty(), Optional.empty());
  }

  private static FetchResult notModified() {
    return result(Outcome.NOT_MODIFIED, 304, new byte[0], Optional.empty(), Optional.empty());
  }

  private static FetchResult failed(int status) {
    return FetchResult.failed(URL, status, Phrases.status(status), T0, Duration.ZERO);
  }

  private static FetchResult failed(int status, Instant retryAfter) {
    return result(
        Outcome.FAILED,
        status,
        new byte[0],
        Optional.of(Phrases.status(status)),
        Optional.of(retryAfter));
  }

  /** A fetch of {@link #URL} at {@link #T0}, not redirected, without validators. */
  private static FetchResult result(
      Outcome outcome,
      int status,
      byte[] body,
      Optional<String> error,
      Optional<Instant> retryAfter) {
    return new FetchResult(
        URL,
        URL,
        outcome,
        status,
        body,
        Optional.empty(),
        Validators.NONE,
        error,
        retryAfter,
        T0,
        Duration.ZERO);
  }
}
