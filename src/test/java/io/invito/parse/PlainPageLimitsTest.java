package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Hostile shapes of plain pages, each read to a clean, bounded outcome: the work done on a page is
 * capped (elements weighed, dates read per text, items per listing), never proportional to the
 * square of its size. Their times are in docs/benchmarks.md, not asserted here.
 */
class PlainPageLimitsTest {
  private final Extractor extractor =
      new Extractor(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void readsATableOfTenThousandDatedRowsUpToTheListingCap() {
    StringBuilder html = new StringBuilder("<html><body><h1>Eventi</h1><table>");
    for (int row = 0; row < 10_000; row++) {
      html.append("<tr><td>")
          .append(1 + row % 28)
          .append(" marzo 2027</td><td>Incontro numero ")
          .append(row)
          .append("</td></tr>");
    }
    Extraction page = read(html.append("</table></body></html>"));

    assertThat(page.failed()).isFalse();
    assertThat(page.events()).hasSize(PlainPageReader.MAX_ITEMS);
    assertThat(page.events().get(0).title()).isEqualTo("Incontro numero 0");
  }

  @Test
  void readsAPageOfAHundredThousandDateLikeStringsToOneBoundedOutcome() {
    StringBuilder html = new StringBuilder("<html><body><h1>Date</h1><p>");
    for (int i = 0; i < 100_000; i++) {
      html.append(1 + i % 28).append("/0").append(1 + i % 9).append("/2027 ");
    }
    Extraction page = read(html.append("</p></body></html>"));

    assertThat(page.failed()).isFalse();
    assertThat(page.events()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void readsDeeplyNestedListsWithoutOverflowingTheStack() {
    StringBuilder html = new StringBuilder("<html><body><h1>Corso</h1>");
    html.append("<ul><li>".repeat(20_000));
    html.append("Giovedì 14 gennaio 2027, ore 15.00 – 17.00, webinar su Zoom");
    html.append("</li></ul>".repeat(20_000));
    Extraction page = read(html.append("</body></html>"));

    assertThat(page.failed()).isFalse();
    assertThat(page.events()).hasSizeLessThanOrEqualTo(1);
  }

  private Extraction read(CharSequence html) {
    return extractor.extract(
        ParseInput.of(
            "hostile",
            URI.create("https://example.test/eventi/"),
            html.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
