package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.testing.OpmlEntries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpmlTest {
  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(OpmlTest.class.getResource("/" + name).toURI());
  }

  @Test
  void readsFeedsCalendarsAndPagesWithTheirFoldersAsTags() throws URISyntaxException {
    OpmlReader.Result result = OpmlReader.read(fixture("feeds/opml/subscriptions.opml"));

    assertThat(result.entries())
        .extracting(OpmlReader.Entry::title)
        .containsExactly(
            "AWS Events & Webinars",
            "Università di Bologna – Seminari",
            "Calendario corsi",
            "Eventi");
    assertThat(result.entries())
        .extracting(OpmlReader.Entry::type)
        .containsExactly(SourceType.FEED, SourceType.FEED, SourceType.ICS, SourceType.PAGE);
    assertThat(result.entries().get(0).tags()).containsExactly("Cloud");
    assertThat(result.entries().get(1).url())
        .isEqualTo(URI.create("https://www.unibo.example.it/seminari.rss"));
    assertThat(result.entries().get(1).language()).contains(Language.IT);
    assertThat(result.entries().get(2).url())
        .isEqualTo(URI.create("https://corsi.example.it/calendar.ics"));
    assertThat(result.entries().get(2).tags()).containsExactly("Formazione", "Corsi");
  }

  @Test
  void skipsAnOutlineWhoseUrlIsNotHttpNamingFileLineAndValue() throws URISyntaxException {
    Path file = fixture("feeds/opml/subscriptions.opml");

    OpmlReader.Result result = OpmlReader.read(file);

    assertThat(result.skipped())
        .containsExactly(
            file
                + ": line 10: outline 'Broken' url "
                + "'feed://example.org/rss' is not an http(s) URL; skipped");
  }

  @ParameterizedTest
  @ValueSource(strings = {"opml/billion-laughs.opml", "opml/external-entity.opml"})
  @Timeout(10)
  void refusesAnOpmlWithADoctypeBeforeAnyEntityIsExpanded(String name) throws URISyntaxException {
    Path file = fixture(name);

    assertThatThrownBy(() -> OpmlReader.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ": line ")
        .hasMessageEndingWith(
            ": a DOCTYPE is not allowed in OPML (it could declare "
                + "entities that expand without end or read local files)");
  }

  @Test
  void refusesXmlThatIsNotOpml() {
    assertThatThrownBy(() -> read("<rss version=\"2.0\"><channel/></rss>"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("list.opml: line 1: not an OPML file (its root element is <rss>, not <opml>)");
  }

  @Test
  void refusesMalformedXmlNamingTheLine() {
    assertThatThrownBy(() -> read("<opml>\n<body>\n<outline text='a'>\n</body></opml>"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("list.opml: line 4: not well-formed XML");
  }

  @Test
  void readsBackWhatItWroteSourceForSource() {
    List<Source> sources =
        List.of(
            Source.of(
                    "aws-events",
                    URI.create("https://aws.example.com/events/feed.xml?a=1&b=2"),
                    SourceType.FEED)
                .withLanguage(Optional.of(Language.EN))
                .withTags(List.of("cloud", "ai")),
            Source.of("corsi", URI.create("https://corsi.example.it/cal.ics"), SourceType.ICS)
                .withLanguage(Optional.of(Language.IT))
                .withZone(Optional.of(ZoneId.of("Europe/Rome"))),
            Source.of("agenda", URI.create("https://eventi.example.it/agenda"), SourceType.PAGE)
                .withTags(List.of("eventi"))
                .withFollow(true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    OpmlWriter.write(sources, "invito sources", Instant.parse("2026-11-26T10:00:00Z"), out);
    OpmlReader.Result back = OpmlReader.read(new ByteArrayInputStream(out.toByteArray()), "x");

    assertThat(back.skipped()).isEmpty();
    assertThat(back.entries()).extracting(OpmlEntries::asSource).containsExactlyElementsOf(sources);
  }

  private static OpmlReader.Result read(String xml) {
    return OpmlReader.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "list.opml");
  }
}
