package io.invito.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.EventStatus;
import io.invito.testing.EventBuilder;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, ROME);

  private final Deduplicator deduplicator = new Deduplicator();

  @Test
  void mergesTheSameEventFromFeedPageAndCalendarIntoOneWithThreeSources() {
    Event fromFeed =
        event(
                "rss",
                "Webinar: AI per le PMI",
                Optional.of("https://www.example.it/eventi/ai-pmi/?utm_source=rss"),
                START,
                false)
            .description("Breve annuncio.")
            .build();
    Event fromPage =
        event(
                "page",
                "Webinar: AI per le PMI",
                Optional.of("https://example.it/eventi/ai-pmi"),
                START,
                true)
            .description(
                "Un pomeriggio con i nostri esperti, con spazio alle domande e registrazione"
                    + " disponibile.")
            .platform("Zoom")
            .delivery(Delivery.LIVE_AND_RECORDED)
            .build();
    Event fromCalendar =
        event("ics", "Webinar - AI per le PMI", Optional.empty(), START, true)
            .uid("ai-pmi-2026@example.it")
            .location("Online")
            .build();

    List<Event> merged = deduplicator.merge(List.of(fromFeed, fromPage, fromCalendar));

    assertThat(merged).hasSize(1);
    Event event = merged.get(0);
    assertThat(event.sources()).containsExactly("rss", "page", "ics");
    assertThat(event.zoneStated()).isTrue();
    assertThat(event.description()).startsWith("Un pomeriggio");
    assertThat(event.platform()).contains("Zoom");
    assertThat(event.delivery()).isEqualTo(Delivery.LIVE_AND_RECORDED);
    assertThat(event.uid()).contains("ai-pmi-2026@example.it");
    assertThat(event.location()).contains("Online");
    assertThat(event.id()).isEqualTo(fromPage.id());
  }

  @Test
  void prefersTheStatedZoneOverAnInferredOne() {
    // The feed gave 18:00 with no zone and was read in Rome; the page says 17:00 in London.
    ZonedDateTime london = ZonedDateTime.of(2026, 12, 3, 17, 0, 0, 0, ZoneId.of("Europe/London"));
    Event fromFeed =
        event(
                "rss",
                "Cloud summit",
                Optional.of("https://example.com/summit"),
                START.plusHours(1),
                false)
            .build();
    Event fromPage =
        event("page", "Cloud summit", Optional.of("https://example.com/summit"), london, true)
            .build();

    Event merged = deduplicator.merge(List.of(fromFeed, fromPage)).get(0);

    assertThat(merged.start()).contains(london);
    assertThat(merged.zoneStated()).isTrue();
  }

  @Test
  void keepsTwoSessionsOfOneCourseOnTwoDatesApart() {
    Event first =
        event(
                "page",
                "Corso di Excel avanzato",
                Optional.of("https://example.it/corsi/excel"),
                START,
                true)
            .build();
    Event second =
        event(
                "page",
                "Corso di Excel avanzato",
                Optional.of("https://example.it/corsi/excel"),
                START.plusWeeks(1),
                true)
            .build();

    List<Event> merged = deduplicator.merge(List.of(first, second));

    assertThat(merged).hasSize(2);
    assertThat(merged).extracting(Event::requireStart).containsExactly(START, START.plusWeeks(1));
    assertThat(merged.get(0).id()).isNotEqualTo(merged.get(1).id());
  }

  @Test
  void givesSessionsTheSameIdsWhicheverOrderTheyComeIn() {
    Event first =
        event("page", "Corso di Excel", Optional.of("https://example.it/excel"), START, true)
            .build();
    Event second =
        event(
                "page",
                "Corso di Excel",
                Optional.of("https://example.it/excel"),
                START.plusDays(2),
                true)
            .build();

    List<Event> forward = deduplicator.merge(List.of(first, second));
    List<Event> backward = deduplicator.merge(List.of(second, first));

    assertThat(backward)
        .extracting(Event::id)
        .containsExactlyInAnyOrderElementsOf(forward.stream().map(Event::id).toList());
  }

  @Test
  void mergesNearIdenticalTitlesOnlyWhenTheyStartWithinThreeHours() {
    Event page =
        event("a", "Workshop: Kubernetes per sviluppatori", Optional.empty(), START, true)
            .uid("a-1")
            .build();
    Event near =
        event(
                "b",
                "Workshop Kubernetes per sviluppatori!",
                Optional.empty(),
                START.plusHours(2),
                true)
            .uid("b-1")
            .build();
    Event far =
        event(
                "c",
                "Workshop: Kubernetes per sviluppatori",
                Optional.empty(),
                START.plusHours(4),
                true)
            .uid("c-1")
            .build();

    assertThat(deduplicator.merge(List.of(page, near))).hasSize(1);
    assertThat(deduplicator.merge(List.of(page, far))).hasSize(2);
  }

  @Test
  void keepsDifferentEventsAtTheSameTimeApart() {
    Event one =
        event("a", "Webinar: fatturazione elettronica", Optional.of("https://a.it/1"), START, true)
            .build();
    Event other =
        event("b", "Webinar: sicurezza informatica", Optional.of("https://b.it/2"), START, true)
            .build();

    assertThat(deduplicator.merge(List.of(one, other))).hasSize(2);
  }

  @Test
  void letsACancellationSeenByOneSourceWinAndUnitesKinds() {
    Event scheduled =
        event("a", "Meetup Java", Optional.of("https://jug.it/nov"), START, true)
            .kinds(EventKind.MEETUP)
            .build();
    Event cancelled =
        event("b", "Meetup Java", Optional.of("https://jug.it/nov"), START, true)
            .kinds(EventKind.SEMINAR)
            .status(EventStatus.CANCELLED)
            .build();

    Event merged = deduplicator.merge(List.of(scheduled, cancelled)).get(0);

    assertThat(merged.status()).isEqualTo(EventStatus.CANCELLED);
    assertThat(merged.kinds()).containsExactlyInAnyOrder(EventKind.MEETUP, EventKind.SEMINAR);
  }

  @Test
  void takesEachFieldFromTheCopyWhoseExtractorIsSurestOfIt() {
    // The feed item was read first and its start and place come from prose; the calendar's from
    // iCalendar properties, which win even though the feed's time also had a zone.
    Event fromFeed =
        event(
                "rss",
                "Seminario: welfare aziendale",
                Optional.of("https://example.it/eventi/welfare"),
                START.plusMinutes(30),
                true)
            .location("Milano")
            .build();
    Event fromCalendar =
        event("ics", "Seminario - Welfare aziendale", Optional.empty(), START, true)
            .uid("welfare-2026@example.it")
            .location("Palazzo delle Stelline, Milano")
            .build();

    Event merged =
        deduplicator
            .mergeAccepted(
                List.of(
                    new Judgement.Accepted(
                        fromFeed, Map.of("start", "text", "location", "text", "title", "rss")),
                    new Judgement.Accepted(
                        fromCalendar,
                        Map.of("start", "ics", "location", "ics", "title", "ics", "uid", "ics"))))
            .get(0);

    assertThat(merged.start()).contains(START);
    assertThat(merged.location()).contains("Palazzo delle Stelline, Milano");
    assertThat(merged.title()).isEqualTo("Seminario - Welfare aziendale");
    assertThat(merged.url()).contains(URI.create("https://example.it/eventi/welfare"));
    assertThat(merged.sources()).containsExactly("rss", "ics");
    assertThat(merged.id()).isEqualTo(fromFeed.id());
  }

  @Test
  void keepsWebinarsWhoseTitlesShareOnlyTheirBeginningApart() {
    Event one = event("a", "Webinar: AI per le PMI", Optional.empty(), START, true).build();
    Event other =
        event("b", "Webinar: AI per i professionisti", Optional.empty(), START, true).build();
    Event bare = event("c", "Webinar", Optional.of("https://a.it/w"), START, true).build();
    Event alsoBare = event("d", "Webinar!", Optional.of("https://b.it/w"), START, true).build();

    assertThat(deduplicator.merge(List.of(one, other))).hasSize(2);
    assertThat(deduplicator.merge(List.of(bare, alsoBare))).hasSize(2);
  }

  @Test
  void mergesAFeedTitleWithThePageTitleThatAddsTheKindAndTheSiteName() {
    Event fromFeed =
        event("rss", "Intelligenza artificiale per le PMI", Optional.empty(), START, false).build();
    Event fromPage =
        event(
                "page",
                "Webinar: intelligenza artificiale per le PMI | Formazione",
                Optional.empty(),
                START,
                true)
            .build();

    assertThat(deduplicator.merge(List.of(fromFeed, fromPage)))
        .singleElement()
        .satisfies(event -> assertThat(event.sources()).containsExactly("rss", "page"));
  }

  @Test
  void mergesTheSameUidFromTwoCalendarsButNotItsOtherOccurrences() {
    Event first =
        event("ics-a", "Corso Excel", Optional.empty(), START, true)
            .uid("excel@example.it")
            .build();
    Event copy =
        event("ics-b", "Excel (corso)", Optional.empty(), START, true)
            .uid("excel@example.it")
            .build();
    Event nextWeek =
        event("ics-a", "Corso Excel", Optional.empty(), START.plusWeeks(1), true)
            .uid("excel@example.it")
            .build();

    List<Event> merged = deduplicator.merge(List.of(first, copy, nextWeek));

    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).sources()).containsExactly("ics-a", "ics-b");
    assertThat(merged).extracting(Event::id).doesNotHaveDuplicates();
  }

  @Test
  void mergesTheSameIdOnce() {
    Event event = event("a", "Convegno", Optional.of("https://example.it/c"), START, true).build();
    assertThat(deduplicator.merge(List.of(event, event))).containsExactly(event);
  }

  /** A webinar as one source read it, its id derived as the Classifier derives it. */
  private static EventBuilder event(
      String source, String title, Optional<String> url, ZonedDateTime start, boolean zoneStated) {
    return EventBuilder.webinar()
        .idFrom(
            e ->
                IdDeriver.derive(
                    e.url(), e.uid(), e.title(), e.start().map(ZonedDateTime::toLocalDate)))
        .title(title)
        .url(url.orElse(null))
        .start(start)
        .zoneStated(zoneStated)
        .sources(source);
  }
}
