package io.invito.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pause's edges: what the matcher leaves out and what the history says, from one rule. */
class ContactPauseTest {
  private final ContactPause pause = new ContactPause(Duration.ofDays(14));
  private final Instant sent = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void aContactIsPausedUntilTheInstantThePauseEnds() {
    assertThat(pause.endsAt(sent)).isEqualTo(Instant.parse("2026-12-15T10:00:00Z"));
    assertThat(pause.paused(sent, Instant.parse("2026-12-15T09:59:59Z"))).isTrue();
    assertThat(pause.paused(sent, pause.endsAt(sent))).isFalse();
    assertThat(pause.paused(sent, Instant.parse("2026-12-20T00:00:00Z"))).isFalse();
  }

  @Test
  void aContactNeverInvitedIsNotPaused() {
    assertThat(pause.paused(null, sent)).isFalse();
  }
}
