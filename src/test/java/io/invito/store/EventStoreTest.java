package io.invito.store;

import static io.invito.store.Events.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import io.invito.model.Rejection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, ROME);
  private static final Instant MONDAY = Instant.parse("2026-11-30T07:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-01T07:00:00Z");

  @TempDir Path folder;
  private Store store;
  private EventStore events;

  @BeforeEach
  void open() {
    store = Store.open("jdbc:h2:file:" + folder.resolve("invito"));
    events = store.events();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void appliesMigrationsAgainWithoutErrorWhenReopenedAndKeepsData() {
    events.upsert(List.of(Events.event("a", START)), MONDAY);
    store.close();

    store = Store.open("jdbc:h2:file:" + folder.resolve("invito"));

    assertThat(store.events().find("a")).isPresent();
  }

  @Test
  void keepsTheFirstIdWhenTheCopyThatGaveItIsMissingNextTime() {
    // Monday: the page (id "page") and the calendar (id "cal") are merged under "page".
    UpsertReport first =
        events.upsert(
            List.of(Events.event("page", START)), Map.of("page", Set.of("page", "cal")), MONDAY);
    // Tuesday: the page answers 404; the calendar's copy alone is the event, under its own id.
    UpsertReport second =
        events.upsert(
            List.of(Events.withStart(Events.event("cal", START), START.plusHours(1))),
            Map.of("cal", Set.of("cal")),
            TUESDAY);

    assertThat(first.created()).isEqualTo(1);
    assertThat(second.created()).isZero();
    assertThat(second.updated()).isEqualTo(1);
    assertThat(events.all()).extracting(known -> known.event().id()).containsExactly("page");
    assertThat(events.find("page").orElseThrow().event().start()).contains(START.plusHours(1));
  }

  @Test
  void keepsTheIdStoredFirstWhenALaterPassMergesItUnderAnother() {
    events.upsert(List.of(Events.event("cal", START)), MONDAY);

    UpsertReport merged =
        events.upsert(
            List.of(Events.event("page", START)), Map.of("page", Set.of("page", "cal")), TUESDAY);
    UpsertReport pageAlone =
        events.upsert(
            List.of(Events.event("page", START)), Map.of("page", Set.of("page")), TUESDAY);

    assertThat(merged.created()).isZero();
    assertThat(pageAlone.created()).isZero();
    assertThat(events.all()).extracting(known -> known.event().id()).containsExactly("cal");
  }

  @Test
  void readsBackExactlyTheEventItStored() {
    Event full = Events.event("a", START);
    Event sparse = Events.sparse("b", START.withZoneSameInstant(ZoneOffset.ofHours(1)));

    events.upsert(List.of(full, sparse), MONDAY);

    assertThat(events.find("a")).map(KnownEvent::event).contains(full);
    assertThat(events.find("b")).map(KnownEvent::event).contains(sparse);
    assertThat(events.find("a").orElseThrow().firstSeen()).isEqualTo(MONDAY);
  }

  @Test
  void countsNewUpdatedAndUnchangedEvents() {
    events.upsert(List.of(Events.event("a", START), Events.event("b", START)), MONDAY);

    UpsertReport report =
        events.upsert(
            List.of(
                Events.event("a", START),
                Events.withDescription(Events.event("b", START), "Programma aggiornato."),
                Events.event("c", START)),
            TUESDAY);

    assertThat(report).isEqualTo(new UpsertReport(1, 1, 1));
    assertThat(events.find("b").orElseThrow().lastChanged()).isEqualTo(TUESDAY);
    assertThat(events.find("b").orElseThrow().firstSeen()).isEqualTo(MONDAY);
  }

  @Test
  void changesNothingWhenTheSameEventsAreStoredAgain() {
    List<Event> pass = List.of(Events.event("a", START), Events.event("b", START.plusDays(1)));
    events.upsert(pass, MONDAY);
    List<KnownEvent> before = events.all();

    UpsertReport again = events.upsert(pass, TUESDAY);

    assertThat(again).isEqualTo(new UpsertReport(0, 0, 2));
    assertThat(events.all()).isEqualTo(before);
    assertThat(events.all()).allMatch(known -> known.lastChanged().equals(MONDAY));
  }

  @Test
  void unitesSourcesAndCountsASourceAlreadyKnownAsNoChange() {
    events.upsert(List.of(Events.event("a", START)), MONDAY);

    UpsertReport added =
        events.upsert(
            List.of(Events.withSources(Events.event("a", START), List.of("page", "ics"))), TUESDAY);
    UpsertReport known = events.upsert(List.of(Events.event("a", START)), TUESDAY.plusSeconds(60));

    assertThat(added.updated()).isEqualTo(1);
    assertThat(known.unchanged()).isEqualTo(1);
    assertThat(events.find("a").orElseThrow().event().sources())
        .containsExactly("rss", "page", "ics");
  }

  @Test
  void remembersThePreviousStartWhenAnEventIsRescheduled() {
    events.upsert(List.of(Events.event("a", START)), MONDAY);
    Event moved =
        Events.withStatus(
            Events.withStart(Events.event("a", START), START.plusDays(1)), EventStatus.RESCHEDULED);

    events.upsert(List.of(moved), TUESDAY);

    KnownEvent known = events.find("a").orElseThrow();
    assertThat(known.rescheduled()).isTrue();
    assertThat(known.previousStart()).contains(START);
    assertThat(known.event().start()).contains(START.plusDays(1));
    assertThat(known.event().status()).isEqualTo(EventStatus.RESCHEDULED);
    assertThat(known.previousStatus()).contains(EventStatus.SCHEDULED);
    assertThat(known.changedSince(MONDAY)).isTrue();
  }

  @Test
  void keepsThePreviousStartThroughLaterChangesThatDoNotMoveIt() {
    events.upsert(List.of(Events.event("a", START)), MONDAY);
    events.upsert(List.of(Events.withStart(Events.event("a", START), START.plusDays(1))), TUESDAY);

    events.upsert(
        List.of(
            Events.withDescription(
                Events.withStart(Events.event("a", START), START.plusDays(1)), "Nuova sala.")),
        TUESDAY.plusSeconds(3600));

    assertThat(events.find("a").orElseThrow().previousStart()).contains(START);
  }

  @Test
  void doesNotCallTheSameInstantInAnotherZoneAReschedule() {
    events.upsert(List.of(Events.event("a", START)), MONDAY);

    events.upsert(
        List.of(
            Events.withStart(Events.event("a", START), START.withZoneSameInstant(ZoneOffset.UTC))),
        TUESDAY);

    assertThat(events.find("a").orElseThrow().previousStart()).isEmpty();
  }

  @Test
  void remembersThePreviousStatusWhenAnEventIsCancelled() {
    events.upsert(List.of(Events.event("a", START)), MONDAY);

    UpsertReport report =
        events.upsert(
            List.of(Events.withStatus(Events.event("a", START), EventStatus.CANCELLED)), TUESDAY);

    KnownEvent known = events.find("a").orElseThrow();
    assertThat(report.updated()).isEqualTo(1);
    assertThat(known.event().cancelled()).isTrue();
    assertThat(known.previousStatus()).contains(EventStatus.SCHEDULED);
    assertThat(known.previousStart()).isEmpty();
  }

  @Test
  void marksAnEventMovedOnlineWhenItsPlaceGivesWayToOnlineAndRemembersItsStatus() {
    Event inMilan = Events.inPerson(Events.event("a", START), "Palazzo delle Stelline, Milano");
    events.upsert(List.of(inMilan), MONDAY);

    events.upsert(List.of(Events.event("a", START)), TUESDAY);
    UpsertReport again = events.upsert(List.of(Events.event("a", START)), TUESDAY.plusSeconds(60));

    KnownEvent known = events.find("a").orElseThrow();
    assertThat(known.event().status()).isEqualTo(EventStatus.MOVED_ONLINE);
    assertThat(known.event().location()).isEmpty();
    assertThat(known.previousStatus()).contains(EventStatus.SCHEDULED);
    assertThat(known.lastChanged()).isEqualTo(TUESDAY);
    assertThat(again.unchanged()).isEqualTo(1);
  }

  @Test
  void keepsWhatNoSourceRepeatedThisTimeSuchAsTheUidOfACalendarThatWasNotModified() {
    Event full = Events.inPerson(Events.event("a", START), "Sala Verdi, Torino");
    events.upsert(List.of(full), MONDAY);
    Event partial = Events.withoutUidAndLocation(full);

    UpsertReport report = events.upsert(List.of(partial), TUESDAY);

    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(events.find("a").orElseThrow().event()).isEqualTo(full);
  }

  @Test
  void findsEventsStartingInAWindowEarliestFirst() {
    Event late = Events.event("late", START.plusDays(2));
    Event early = Events.event("early", START);
    Event outside = Events.event("outside", START.plusDays(7));
    Event atEnd = Events.event("at-end", START.plusDays(5));
    events.upsert(List.of(late, outside, early, atEnd), MONDAY);

    List<KnownEvent> window = events.between(START.toInstant(), START.plusDays(5).toInstant());

    assertThat(window).extracting(known -> known.event().id()).containsExactly("early", "late");
  }

  @Test
  void keepsAPastEventStoredButOutOfTheWindowThatDraftsReadFromNowOn() {
    Event past = Events.event("past", START.minusDays(7));
    Event coming = Events.event("coming", START);
    events.upsert(List.of(past, coming), MONDAY);

    List<KnownEvent> fromNow = events.between(MONDAY, MONDAY.plus(java.time.Duration.ofDays(14)));

    assertThat(fromNow).extracting(known -> known.event().id()).containsExactly("coming");
    assertThat(events.find("past")).isPresent();
    assertThat(events.all()).hasSize(2);
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(events.find("nope")).isEmpty();
  }

  @Test
  void keepsTheLatestRejectionPerSourceAndItem() {
    Rejection first =
        new Rejection(
            "blog",
            "5 consigli per un webinar",
            Optional.of(URI.create("https://blog.example.it/5-consigli")),
            "looks like an article");
    Rejection again =
        new Rejection(
            "blog",
            "5 consigli per un webinar di successo",
            Optional.of(URI.create("https://blog.example.it/5-consigli")),
            "looks like an article (2)");
    Rejection untitledUrl =
        new Rejection("jobs", "Cerchiamo un docente", Optional.empty(), "looks like a job post");
    events.saveRejections(List.of(first, untitledUrl), MONDAY);

    events.saveRejections(List.of(again, untitledUrl), TUESDAY);

    assertThat(events.rejections()).containsExactlyInAnyOrder(again, untitledUrl);
  }
}
