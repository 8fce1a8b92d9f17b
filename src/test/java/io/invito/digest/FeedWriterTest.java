package io.invito.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.invito.config.Language;
import io.invito.model.Week;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Atom feed of digests reads back with Rome, keeps earlier weeks, and survives damage. */
class FeedWriterTest {
  @TempDir Path out;

  private Path feed() {
    return out.resolve("digest/feed.xml");
  }

  private SyndFeed read() throws IOException, FeedException {
    return new SyndFeedInput()
        .build(new StringReader(Files.readString(feed(), StandardCharsets.UTF_8)));
  }

  private static Digest at(Digest digest, Week week, Instant generatedAt) {
    return new Digest(
        week,
        digest.owner(),
        generatedAt,
        digest.entries(),
        digest.sources(),
        digest.previousDigestAt());
  }

  @Test
  void parsesWithRomeAndHoldsOneEntryPerWeekNewestFirst() throws Exception {
    new DigestWriter(out).write(DigestFixtures.digest(Language.EN));
    new DigestWriter(out).write(DigestFixtures.empty(Language.EN));

    SyndFeed feed = read();

    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getUri()).isEqualTo("urn:invito:digest");
    assertThat(feed.getTitle()).isEqualTo("invito — weekly digests");
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getUri)
        .containsExactly("urn:invito:digest:2026-W50", "urn:invito:digest:2026-W49");
    SyndEntry week49 = feed.getEntries().get(1);
    assertThat(week49.getTitle())
        .isEqualTo("invito — week 2026-W49 · 30 November – 6 December 2026");
    assertThat(week49.getUpdatedDate().toInstant()).isEqualTo(DigestFixtures.GENERATED);
    assertThat(week49.getLink()).isEqualTo("2026-W49.html");
    Document content = Jsoup.parseBodyFragment(week49.getContents().get(0).getValue());
    assertThat(content.select("li")).hasSize(3);
    assertThat(content.select("li a"))
        .extracting(link -> link.text())
        .containsExactly(
            "Sicurezza nel cloud: difendersi dal ransomware",
            "Hands-on workshop: retrieval-augmented generation for regulated industries");
    assertThat(content.text()).contains("4 events").contains("Sources with problems: 4 of 5.");
    assertThat(feed.getEntries().get(0).getContents().get(0).getValue())
        .contains("No events this week.");
  }

  @Test
  void replacesTheEntryOfARewrittenWeekAndKeepsTheOthers() throws Exception {
    Digest digest = DigestFixtures.digest(Language.IT);
    Instant later = DigestFixtures.GENERATED.plus(Duration.ofHours(5));
    new DigestWriter(out).write(digest);
    new DigestWriter(out).write(DigestFixtures.empty(Language.IT));

    new DigestWriter(out).write(at(digest, digest.week(), later));

    SyndFeed feed = read();
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getUri)
        .containsExactly("urn:invito:digest:2026-W50", "urn:invito:digest:2026-W49");
    assertThat(feed.getEntries().get(1).getUpdatedDate().toInstant()).isEqualTo(later);
    assertThat(feed.getPublishedDate().toInstant()).as("feed updated").isEqualTo(later);
  }

  @Test
  void keepsTheNewestFiftyTwoWeeks() throws Exception {
    Digest digest = DigestFixtures.empty(Language.EN);
    Week week = Week.parse("2025-W40");
    for (int count = 0; count < 55; count++) {
      new DigestWriter(out).write(at(digest, week, DigestFixtures.GENERATED));
      week = week.next();
    }

    List<SyndEntry> entries = read().getEntries();

    assertThat(entries).hasSize(52);
    assertThat(entries.get(0).getUri()).isEqualTo("urn:invito:digest:2026-W42");
    assertThat(entries.get(51).getUri()).isEqualTo("urn:invito:digest:2025-W43");
  }

  @Test
  void movesAnUnreadableFeedAsideAndStartsAfresh() throws Exception {
    for (String broken :
        List.of(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>",
            "",
            "\u0000\u00ff not xml",
            "<rss version=\"2.0\"><channel><title>x</title></channel></rss>",
            "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:invito:digest</id>"
                + "<title>&x;</title></feed>")) {
      Files.createDirectories(feed().getParent());
      Files.writeString(feed(), broken, StandardCharsets.UTF_8);

      new DigestWriter(out).write(DigestFixtures.digest(Language.EN));

      assertThat(read().getEntries())
          .extracting(SyndEntry::getUri)
          .containsExactly("urn:invito:digest:2026-W49");
      Path aside = out.resolve("digest/feed.xml.broken-20261128T080000Z");
      assertThat(aside).hasContent(broken);
      assertThat(Files.readString(feed())).doesNotContain("root:");
      Files.delete(aside);
    }
  }

  @Test
  void numbersTheBrokenCopiesRatherThanOverwritingOne() throws Exception {
    Files.createDirectories(feed().getParent());
    for (String broken : List.of("first", "second")) {
      Files.writeString(feed(), broken);
      new DigestWriter(out).write(DigestFixtures.digest(Language.EN));
    }

    assertThat(out.resolve("digest/feed.xml.broken-20261128T080000Z")).hasContent("first");
    assertThat(out.resolve("digest/feed.xml.broken-20261128T080000Z-2")).hasContent("second");
  }

  @Test
  void escapesFeedTextInTheEntryAndLinksOnlyTheWeb() throws Exception {
    new DigestWriter(out).write(new DigestInjectionTest().evilDigest(Language.EN));

    String content = read().getEntries().get(0).getContents().get(0).getValue();
    Document html = Jsoup.parseBodyFragment(content);

    assertThat(html.select("script, img, iframe")).isEmpty();
    assertThat(html.select("a")).isEmpty();
    assertThat(html.text()).contains("<script>alert(1)</script>");
  }

  @Test
  void linksToThePublishedDigestWhenItsFolderUrlIsGiven() throws Exception {
    new DigestWriter(out, URI.create("https://example.org/invito/digest"))
        .write(DigestFixtures.digest(Language.EN));

    assertThat(read().getEntries().get(0).getLink())
        .isEqualTo("https://example.org/invito/digest/2026-W49.html");
  }
}
