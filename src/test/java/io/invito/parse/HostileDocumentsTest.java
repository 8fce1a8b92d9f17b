package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.RawEvent;
import io.invito.testing.HostileDocuments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Documents written to hurt the reader: each is read up to invito's limits, or refused with a
 * reason, and never throws.
 */
class HostileDocumentsTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  private final Extractor extractor = new Extractor(NOW);

  /** A calendar whose second event hides 5,000 nested VALARMs: 130 KB that overflowed ical4j. */
  static String nestedAlarms(int depth) {
    StringBuilder ics =
        new StringBuilder(
            """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//hostile//EN\r
            BEGIN:VEVENT\r
            UID:before@hostile\r
            DTSTART:20261210T170000Z\r
            SUMMARY:Webinar before the trap\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:trap@hostile\r
            DTSTART:20261211T170000Z\r
            SUMMARY:The trap\r
            """);
    ics.append("BEGIN:VALARM\r\n".repeat(depth));
    ics.append("END:VALARM\r\n".repeat(depth));
    ics.append(
        """
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:after@hostile\r
        DTSTART:20261212T170000Z\r
        SUMMARY:Webinar after the trap\r
        END:VEVENT\r
        END:VCALENDAR\r
        """);
    return ics.toString();
  }

  @Test
  void aCalendarOfFiveThousandNestedAlarmsIsReadAroundTheTrap() {
    Extraction calendar =
        extractor.extract(Fixtures.text(nestedAlarms(5_000), "https://hostile.example/a.ics"));

    assertThat(calendar.error()).isEmpty();
    assertThat(calendar.events())
        .extracting(RawEvent::title)
        .containsExactly("Webinar before the trap", "The trap", "Webinar after the trap");
    assertThat(calendar.warnings())
        .anySatisfy(
            warning ->
                assertThat(warning)
                    .contains("nests components 5002 deep from line 19")
                    .contains("deeper than 8"));
  }

  @Test
  void aMillionLineCalendarIsCutToWholeComponentsBeforeIcal4jReadsIt() {
    String ics = HostileDocuments.manyLines(1_000_000, 40, LocalDate.of(2026, 12, 10));

    Extraction calendar = extractor.extract(Fixtures.text(ics, "https://hostile.example/big.ics"));

    assertThat(calendar.error()).isEmpty();
    assertThat(calendar.events()).hasSize(40);
    assertThat(calendar.events()).extracting(RawEvent::title).doesNotContain("The padded one");
    assertThat(calendar.warnings())
        .contains(
            "the document has 1,000,001 lines; read whole components up to 100,000 lines and"
                + " left out 1 (the limit per calendar)");
  }

  @Test
  void aCalendarWithinTheLineBudgetIsPassedOnUncopied() {
    String ics =
        HostileDocuments.manyLines(IcsBudget.MAX_LINES - 1, 40, LocalDate.of(2026, 12, 10));
    List<String> warnings = new ArrayList<>();

    assertThat(IcsBudget.bound(ics, warnings)).isSameAs(ics);
    assertThat(warnings).isEmpty();
  }

  @Test
  void manySmallEventsPastTheBudgetKeepTheFirstWholeOnes() {
    String ics = HostileDocuments.manyLines(0, 14_000, LocalDate.of(2026, 12, 10));
    List<String> warnings = new ArrayList<>();

    String bounded = IcsBudget.bound(ics, warnings);

    long kept = bounded.lines().filter("BEGIN:VEVENT"::equals).count();
    long ended = bounded.lines().filter("END:VEVENT"::equals).count();
    assertThat(bounded.lines().count()).isLessThanOrEqualTo(IcsBudget.MAX_LINES);
    assertThat(kept).isEqualTo(ended).isGreaterThan(12_000);
    assertThat(bounded).startsWith("BEGIN:VCALENDAR").endsWith("END:VCALENDAR\r\n");
    assertThat(bounded).contains("UID:e0@hostile").doesNotContain("UID:e13999@hostile");
  }

  @Test
  void aCalendarNestedWithinTheLimitIsLeftAlone() {
    Extraction calendar =
        extractor.extract(Fixtures.text(nestedAlarms(3), "https://hostile.example/a.ics"));

    assertThat(calendar.events()).hasSize(3);
    assertThat(calendar.warnings()).noneMatch(warning -> warning.contains("nests components"));
  }

  @Test
  void aFeedOfMoreItemsThanTheLimitKeepsTheFirstWithAWarning() {
    int count = DocumentLimits.MAX_ITEMS + 7;
    StringBuilder rss =
        new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
    for (int item = 0; item < count; item++) {
      rss.append("<item><title>Webinar ")
          .append(item)
          .append("</title><link>https://hostile.example/e/")
          .append(item)
          .append("</link></item>");
    }
    rss.append("</channel></rss>");

    Extraction feed = extractor.extract(Fixtures.text(rss.toString(), "https://hostile.example/"));

    assertThat(feed.error()).isEmpty();
    assertThat(feed.events()).hasSize(DocumentLimits.MAX_ITEMS);
    assertThat(feed.events().get(0).title()).isEqualTo("Webinar 0");
    assertThat(feed.warnings())
        .contains(
            "the document has "
                + count
                + " items; kept the first "
                + DocumentLimits.MAX_ITEMS
                + " (the limit per document)");
  }

  /**
   * A feed of {@link DocumentLimits#MAX_ITEMS} plain items, then {@code late} more items each
   * holding {@code inside}, then {@code after} in the channel.
   */
  private static String pastTheLimit(int late, String inside, String after) {
    StringBuilder rss =
        new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
    for (int item = 0; item < DocumentLimits.MAX_ITEMS; item++) {
      rss.append("<item><title>Webinar ").append(item).append("</title></item>\n");
    }
    for (int item = 0; item < late; item++) {
      rss.append("<item xmlns:ev=\"http://purl.org/rss/1.0/modules/event/\">")
          .append("<!-- a comment --><?pi data?><title>Late &amp; ")
          .append(item)
          .append("</title><description><![CDATA[<p>12/10/2026</p>]]></description>")
          .append("<ev:startdate>2026-12-01</ev:startdate>")
          .append(inside)
          .append("<item><title>not an item of the channel</title></item></item>\n");
    }
    return rss.append(after).append("</channel></rss>").toString();
  }

  @Test
  void theItemsPastTheLimitAreCountedUnreadAndWhatFollowsThemIsStillRead() {
    String rss = pastTheLimit(3, "", "<ttl>45</ttl><language>en-US</language>");

    Extraction feed = extractor.extract(Fixtures.text(rss, "https://hostile.example/"));

    assertThat(feed.error()).isEmpty();
    assertThat(feed.events()).hasSize(DocumentLimits.MAX_ITEMS);
    assertThat(feed.events()).noneMatch(event -> event.title().startsWith("Late"));
    // Counted: each late item once, not the item-named element inside it.
    assertThat(feed.warnings())
        .contains(
            "the document has "
                + (DocumentLimits.MAX_ITEMS + 3)
                + " items; kept the first "
                + DocumentLimits.MAX_ITEMS
                + " (the limit per document)");
    // The channel's elements after the skipped items are in the tree.
    assertThat(feed.ttl()).contains(Duration.ofMinutes(45));
    assertThat(feed.events().get(0).language()).contains("en");
  }

  @Test
  void anItemPastTheLimitIsStillRefusedForNestingTooDeep() {
    String deep = "<x>".repeat(XmlCleaner.MAX_DEPTH) + "</x>".repeat(XmlCleaner.MAX_DEPTH);
    String shallower = "<x>".repeat(990) + "</x>".repeat(990);

    Extraction refused =
        extractor.extract(Fixtures.text(pastTheLimit(1, deep, ""), "https://hostile.example/"));
    Extraction read =
        extractor.extract(
            Fixtures.text(pastTheLimit(1, shallower, ""), "https://hostile.example/"));

    assertThat(refused.error()).hasValueSatisfying(error -> assertThat(error).contains("deep"));
    assertThat(refused.events()).isEmpty();
    assertThat(read.error()).isEmpty();
    assertThat(read.events()).hasSize(DocumentLimits.MAX_ITEMS);
  }

  @Test
  void aTitleOfAMegabyteIsCutToTheFieldLimit() {
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>"
            + "Webinar ".repeat(130_000)
            + "</title><description>"
            + "parola ".repeat(150_000)
            + "</description><link>https://hostile.example/e</link></item></channel></rss>";

    Extraction feed = extractor.extract(Fixtures.text(rss, "https://hostile.example/"));

    assertThat(feed.events()).hasSize(1);
    assertThat(feed.events().get(0).title())
        .hasSizeLessThanOrEqualTo(DocumentLimits.MAX_SHORT_FIELD);
    assertThat(feed.events().get(0).description())
        .hasSizeLessThanOrEqualTo(DocumentLimits.MAX_DESCRIPTION)
        .startsWith("parola parola");
  }

  @Test
  void deeplyNestedPageMarkupIsAFailureOrAReadingNeverAnException() {
    String page =
        "<html><body>"
            + "<div>".repeat(200_000)
            + "Webinar"
            + "</div>".repeat(200_000)
            + "<script type=\"application/ld+json\">"
            + "[".repeat(100_000)
            + "]".repeat(100_000)
            + "</script></body></html>";

    Extraction extraction = extractor.extract(Fixtures.text(page, "https://hostile.example/"));

    assertThat(extraction.format()).isEqualTo("html");
    assertThat(extraction.events()).isEmpty();
  }

  @Test
  void aReaderThatRunsOutOfStackFailsTheDocumentNotTheCaller() throws InterruptedException {
    String page =
        "<html><body><script type=\"application/ld+json\">"
            + "{\"a\":".repeat(900)
            + "1"
            + "}".repeat(900)
            + "</script></body></html>";
    // Classes are loaded on this thread first: a class whose initialiser overflowed would stay
    // unusable for the rest of the JVM, which is not what this test is about.
    extractor.extract(
        Fixtures.text(
            "<html><body><script type=\"application/ld+json\">{\"@type\":\"Event\","
                + "\"name\":\"Webinar\",\"startDate\":\"2026-12-01T10:00\"}</script></body></html>",
            "https://x.example/"));
    AtomicReference<Object> outcome = new AtomicReference<>();
    // A thread with a small stack meets, at 900 levels, what a 1 MB stack meets further down.
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                outcome.set(extractor.extract(Fixtures.text(page, "https://hostile.example/")));
              } catch (Throwable escaped) {
                outcome.set(escaped);
              }
            },
            "small-stack",
            128 * 1024);
    small.start();
    small.join();

    assertThat(outcome.get()).isInstanceOf(Extraction.class);
    Extraction extraction = (Extraction) outcome.get();
    assertThat(extraction.error())
        .contains("the html could not be read: it nests too deeply (stack overflow)");
  }
}
