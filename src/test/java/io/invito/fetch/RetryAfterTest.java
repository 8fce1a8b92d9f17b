package io.invito.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final Instant DATE = Instant.parse("2026-11-06T08:49:37Z");

  @Test
  void readsDelaySecondsFromNow() {
    assertThat(RetryAfter.parse("120", NOW)).contains(NOW.plusSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", NOW)).contains(NOW);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Fri, 06 Nov 2026 08:49:37 GMT",
        "Friday, 06-Nov-26 08:49:37 GMT",
        "Fri Nov  6 08:49:37 2026"
      })
  void readsAllThreeHttpDateForms(String value) {
    assertThat(RetryAfter.parse(value, NOW)).contains(DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "-5", "1.5", "9999999999999", "06 Nov 2026"})
  void ignoresAnythingElse(String value) {
    assertThat(RetryAfter.parse(value, NOW)).isEmpty();
  }
}
