package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 822 dates in the layout RSS writers use are read without the general pattern: the answer must
 * be the pattern's, which reads the same date written with no space after the weekday's comma.
 */
class FeedDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Sun, 06 Dec 2026 03:40:00 +0000|2026-12-06T03:40:00Z",
        "Sun, 06 Dec 2026 03:40:00 +0130|2026-12-06T02:10:00Z",
        "Sun, 06 Dec 2026 03:40:00 -0500|2026-12-06T08:40:00Z",
        "Sun, 06 Dec 2026 03:40:00 GMT|2026-12-06T03:40:00Z",
        "Sun, 06 Dec 2026 03:40:00 EST|2026-12-06T08:40:00Z",
        "sun, 06 DEC 2026 03:40:00 z|2026-12-06T03:40:00Z",
        "Mon, 02 Feb 2026 23:59:59 CEST|2026-02-02T21:59:59Z",
        "Tue, 31 Feb 2026 10:00:00 GMT|",
        "Tue, 10 Feb 2026 24:00:00 GMT|",
        "Tue, 10 Feb 2026 10:00:00 +9900|",
        "Tue, 10 Feb 2026 10:00:00 NOPE|",
        "Tue, 10 Feb 2026 10:00:00 ABCDEF|",
        "Tue, 10 Fab 2026 10:00:00 GMT|",
      })
  void readsTheUsualLayoutAsThePatternReadsIt(String written, String expected) {
    Optional<Instant> wanted = Optional.ofNullable(expected).map(Instant::parse);
    String viaPattern = written.replaceFirst(", ", ",");

    assertThat(FeedDates.parse(written)).isEqualTo(wanted);
    assertThat(FeedDates.parse(viaPattern)).as(viaPattern).isEqualTo(wanted);
  }
}
