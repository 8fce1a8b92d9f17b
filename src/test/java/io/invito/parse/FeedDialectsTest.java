package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.RawEvent;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feeds written in the less usual ways feedparser reads and Rome refuses or reads otherwise. */
class FeedDialectsTest {
  private final Extractor extractor = new Extractor();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "<feed>",
        "<feed xmlns=\"http://purl.org/atom/ns#draft-ietf-atompub-format-08\">",
        "<feed version=\"0.3\" xmlns=\"http://example.com/newformat#\">"
      })
  void readsAnAtomFeedWhateverNamespaceItsFeedElementIsIn(String feed) {
    Extraction read =
        read(
            feed
                + "<title>Eventi</title><entry><id>urn:x:1</id><title>Webinar</title>"
                + "<link href=\"/webinar\"/></entry></feed>");

    assertThat(read.error()).isEmpty();
    assertThat(read.format()).isEqualTo("atom");
    assertThat(read.events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.uid()).contains("urn:x:1");
              assertThat(event.title()).isEqualTo("Webinar");
              assertThat(event.url()).contains(URI.create("https://eventi.example/webinar"));
            });
  }

  @Test
  void readsRss2ElementsWrittenInTheUserlandNamespace() {
    Extraction read =
        read(
            "<r:rss version=\"2.0\" xmlns:r=\"http://backend.userland.com/rss2\""
                + " xmlns:x=\"urn:other\"><r:channel><r:title>Eventi</r:title>"
                + "<r:item><r:title>Corso</r:title><x:description>not this</x:description>"
                + "<r:description>this</r:description></r:item></r:channel></r:rss>");

    assertThat(read.format()).isEqualTo("rss");
    assertThat(read.events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.title()).isEqualTo("Corso");
              assertThat(event.description()).isEqualTo("this");
            });
  }

  @Test
  void readsTheItemsOfAnRssFeedWithNoChannel() {
    Extraction read = read("<rss><item><title>Seminario</title></item></rss>");

    assertThat(read.error()).isEmpty();
    assertThat(read.events()).extracting(RawEvent::title).containsExactly("Seminario");
  }

  @Test
  void readsAnRss10DocumentWithNoChannelYetAsAnEmptyFeed() {
    Extraction read =
        read(
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\"></rdf:RDF>");

    assertThat(read.error()).isEmpty();
    assertThat(read.format()).isEqualTo("rdf");
    assertThat(read.events()).isEmpty();
  }

  @Test
  void refusesAnXmlDocumentWhoseRootIsNoFeedNamingTheRoot() {
    Extraction read =
        new FeedParser()
            .parse(
                Fixtures.text("<opml version=\"2.0\"><body/></opml>", "https://eventi.example/o"),
                Format.RSS);

    assertThat(read.error()).hasValueSatisfying(error -> assertThat(error).contains("<opml>"));
  }

  @Test
  void takesAPodcastSummaryOrMediaGroupDescriptionOnlyWhenAnItemHasNoDescription() {
    Extraction read =
        read(
            "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/DTDs/Podcast-1.0.dtd\""
                + " xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>"
                + "<item><title>a</title><itunes:summary>Episodio sul fisco</itunes:summary></item>"
                + "<item><title>b</title><media:group><media:description type=\"plain\">"
                + "Tips &lt;b&gt;live&lt;/b&gt;</media:description></media:group></item>"
                + "<item><title>c</title><description>Own</description>"
                + "<itunes:summary>Not this</itunes:summary></item></channel></rss>");

    assertThat(read.events())
        .extracting(RawEvent::description)
        .containsExactly("Episodio sul fisco", "Tips <b>live</b>", "Own");
  }

  @Test
  void keepsTheLastOfRepeatedDateElementsAsFeedparserDoes() {
    Extraction read =
        read(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</title>"
                + "<updated>2010-12-01T10:14:55Z</updated><updated>2003-12-31T10:14:55Z</updated>"
                + "</entry></feed>");

    assertThat(read.events().get(0).published()).contains(Instant.parse("2003-12-31T10:14:55Z"));
  }

  @Test
  void readsAFeedUnderAnXhtmlDoctypeAndLeavesADoctypeInADescriptionAlone() {
    Extraction read =
        read(
            "<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\""
                + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
                + "<rss version=\"2.0\"><channel><title>Eventi</title><item><title>Demo</title>"
                + "<description><![CDATA[<!DOCTYPE html><p>Demo dal vivo</p>]]></description>"
                + "</item></channel></rss>");

    assertThat(read.format()).isEqualTo("rss");
    assertThat(read.warnings()).anyMatch(warning -> warning.startsWith("removed the DOCTYPE"));
    assertThat(read.events())
        .singleElement()
        .satisfies(event -> assertThat(event.description()).isEqualTo("Demo dal vivo"));
  }

  @Test
  void warnsOfAnUnknownDeclaredCharsetAndReadsTheBodyAsUtf8() {
    Extraction read =
        read(
            "<?xml version=\"1.0\" encoding=\"utf-8-typo\"?><rss version=\"2.0\"><channel>"
                + "<item><title>Città</title></item></channel></rss>");

    assertThat(read.events()).extracting(RawEvent::title).containsExactly("Città");
    assertThat(read.warnings())
        .contains("the body declares an unknown charset 'utf-8-typo'; read as UTF-8");
  }

  private Extraction read(String xml) {
    return extractor.extract(Fixtures.text(xml, "https://eventi.example/feed"));
  }
}
