package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.invito.config.SourceType;
import io.invito.parse.FeedLinks.DiscoveredSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedLinksTest {
  private static final URI PAGE = URI.create("https://www.esempio.example/eventi/");

  @Test
  void findsAlternateFeedsThenCalendarLinksEachOnceResolvedAgainstThePage() throws IOException {
    byte[] html;
    try (InputStream in =
        FeedLinksTest.class.getResourceAsStream("/pages/discovery/events-page.html")) {
      html = in.readAllBytes();
    }

    List<DiscoveredSource> found = FeedLinks.find(html, PAGE);

    assertThat(found)
        .extracting(DiscoveredSource::url, DiscoveredSource::type, DiscoveredSource::title)
        .containsExactly(
            tuple(
                URI.create("https://www.esempio.example/eventi/feed/"),
                SourceType.FEED,
                "Eventi (RSS)"),
            tuple(
                URI.create("https://www.esempio.example/eventi/atom.xml"),
                SourceType.FEED,
                "Eventi (Atom)"),
            tuple(
                URI.create("https://www.esempio.example/eventi/calendario.ics"),
                SourceType.ICS,
                "Calendario"),
            tuple(
                URI.create("https://www.esempio.example/eventi/webinar.ics"),
                SourceType.ICS,
                "Iscriviti ai webinar"),
            tuple(
                URI.create("https://www.esempio.example/eventi/corso-cloud.ics?lang=it"),
                SourceType.ICS,
                "Corso cloud"));
  }

  @Test
  void findsNothingOnAPageWithoutFeedsOrCalendars() {
    byte[] html =
        "<html><head><link rel=alternate hreflang=en href=/en/></head><body>"
            .concat("<a href='/about'>About</a></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(FeedLinks.find(html, PAGE)).isEmpty();
  }
}
