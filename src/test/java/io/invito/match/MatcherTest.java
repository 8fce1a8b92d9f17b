package io.invito.match;

import static io.invito.match.Samples.NOW;
import static io.invito.match.Samples.ROME;
import static io.invito.match.Samples.THURSDAY_EVENING;
import static io.invito.match.Samples.contact;
import static io.invito.match.Samples.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.invito.config.Language;
import io.invito.config.MatchSettings;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.Match;
import io.invito.model.Reason;
import io.invito.model.Reason.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatcherTest {
  private final Matcher matcher = new Matcher(MatchSettings.defaults());

  private List<Match> match(List<Event> events, List<Contact> contacts) {
    return matcher.match(events, contacts, NOW, Map.of(), Set.of());
  }

  private List<Match> match(Event event, Contact contact) {
    return match(List.of(event), List.of(contact));
  }

  private static Event cloudEventAt(ZonedDateTime start) {
    return event("cloud", "Cloud per le PMI").start(start).build();
  }

  private static final Contact CLOUD_FAN = contact("ada", "cloud").build();

  @Test
  void matchesASuitableContactWithReasonsAndTheLanguageTheyRead() {
    List<Match> matches = match(cloudEventAt(THURSDAY_EVENING), CLOUD_FAN);

    assertThat(matches)
        .singleElement()
        .satisfies(
            match -> {
              assertThat(match.eventId()).isEqualTo("cloud");
              assertThat(match.contactId()).isEqualTo("ada");
              assertThat(match.score()).isEqualTo(3.0);
              assertThat(match.reasons())
                  .containsExactly(
                      new Reason(Kind.INTEREST, "cloud", "Cloud", "title"),
                      new Reason(Kind.LANGUAGE, "it", "it", "language"));
            });
  }

  @Test
  void neverMatchesAContactWhoOptedOut() {
    Contact optedOut = contact("ada", "cloud").optOut(true).build();

    assertThat(match(cloudEventAt(THURSDAY_EVENING), optedOut)).isEmpty();
  }

  @Test
  void neverMatchesACancelledOrPostponedEvent() {
    Event cancelled = event("c", "Cloud per le PMI").status(EventStatus.CANCELLED).build();
    Event postponed = event("p", "Cloud per le PMI").status(EventStatus.POSTPONED).build();
    Event rescheduled = event("r", "Cloud per le PMI").status(EventStatus.RESCHEDULED).build();

    assertThat(match(List.of(cancelled, postponed, rescheduled), List.of(CLOUD_FAN)))
        .extracting(Match::eventId)
        .containsExactly("r");
  }

  @Test
  void matchesOnlyContactsWhoReadTheEventsLanguage() {
    Event english = event("en", "Cloud for small businesses").language("en").build();
    Contact italianOnly = contact("it-only", "cloud").build();
    Contact both = contact("both", "cloud").languages(Language.IT, Language.EN).build();

    assertThat(match(List.of(english), List.of(italianOnly, both)))
        .extracting(Match::contactId)
        .containsExactly("both");
  }

  @Test
  void allowsAnEventOfUnknownLanguageButNotOneInAnotherLanguage() {
    Event unknown = event("unknown", "Cloud").language(null).build();
    Event german = event("de", "Cloud").language("de").build();
    Event other = event("other", "Cloud").language("other").build();

    List<Match> forUnknown = match(unknown, CLOUD_FAN);
    assertThat(forUnknown).hasSize(1); // allowed, but "speaks it" would be a guess: not said
    assertThat(forUnknown.get(0).reasons()).extracting(Reason::kind).doesNotContain(Kind.LANGUAGE);
    assertThat(match(german, CLOUD_FAN)).isEmpty();
    assertThat(match(other, CLOUD_FAN)).isEmpty();
  }

  @Test
  void matchesOnlyWhenTheStartFallsInTheContactsWakingHours() {
    Event evening = cloudEventAt(THURSDAY_EVENING); // 18:00 Rome
    Contact newYork = contact("ny", "cloud").zone("America/New_York").build(); // 12:00
    Contact tokyo = contact("tokyo", "cloud").zone("Asia/Tokyo").build(); // 02:00

    assertThat(match(List.of(evening), List.of(newYork, tokyo)))
        .extracting(Match::contactId)
        .containsExactly("ny");
  }

  @Test
  void countsWakingHoursFromEightToTenToTen() {
    ZonedDateTime day = THURSDAY_EVENING.withHour(0);

    assertThat(match(cloudEventAt(day.withHour(7).withMinute(59)), CLOUD_FAN)).isEmpty();
    assertThat(match(cloudEventAt(day.withHour(8)), CLOUD_FAN)).hasSize(1);
    assertThat(match(cloudEventAt(day.withHour(21).withMinute(59)), CLOUD_FAN)).hasSize(1);
    assertThat(match(cloudEventAt(day.withHour(22)), CLOUD_FAN)).isEmpty();
  }

  @Test
  void letsAnAllDayEventPassWhateverTheContactsZone() {
    Event allDay =
        event("day", "Cloud day").allDay(true).start(THURSDAY_EVENING.withHour(0)).build();
    Contact tokyo = contact("tokyo", "cloud").zone("Asia/Tokyo").build();

    assertThat(match(allDay, tokyo)).hasSize(1);
  }

  @Test
  void leavesOutEventsStartingSoonerThanTheLeadTime() {
    ZonedDateTime in23Hours = NOW.plus(Duration.ofHours(23)).atZone(ROME); // Wed 09:00
    ZonedDateTime in25Hours = NOW.plus(Duration.ofHours(25)).atZone(ROME); // Wed 11:00

    assertThat(match(cloudEventAt(in23Hours), CLOUD_FAN)).isEmpty();
    assertThat(match(cloudEventAt(in25Hours), CLOUD_FAN)).hasSize(1);
  }

  @Test
  void leavesOutEventsBeyondTheHorizon() {
    ZonedDateTime inThirteenDays = THURSDAY_EVENING.plusDays(11); // 13 days and 8 hours away
    ZonedDateTime inFifteenDays = THURSDAY_EVENING.plusDays(13);

    assertThat(match(cloudEventAt(inThirteenDays), CLOUD_FAN)).hasSize(1);
    assertThat(match(cloudEventAt(inFifteenDays), CLOUD_FAN)).isEmpty();
  }

  @Test
  void neverOffersAPairAlreadyInvitedAndOffersTheNextEventInstead() {
    Event first = event("first", "Cloud per le PMI").build();
    Event second = event("second", "Cloud").topics("Cloud").build();

    List<Match> matches =
        matcher.match(
            List.of(first, second), List.of(CLOUD_FAN), NOW, Map.of(), Set.of("first|ada"));

    assertThat(matches).extracting(Match::eventId).containsExactly("second");
  }

  @Test
  void givesNothingToAContactInvitedWithinThePause() {
    Event event = cloudEventAt(THURSDAY_EVENING);
    Instant threeDaysAgo = NOW.minus(Duration.ofDays(3));
    Instant eightDaysAgo = NOW.minus(Duration.ofDays(8));

    assertThat(
            matcher.match(
                List.of(event), List.of(CLOUD_FAN), NOW, Map.of("ada", threeDaysAgo), Set.of()))
        .isEmpty();
    assertThat(
            matcher.match(
                List.of(event), List.of(CLOUD_FAN), NOW, Map.of("ada", eightDaysAgo), Set.of()))
        .hasSize(1);
  }

  @Test
  void givesEachContactOnlyTheirBestEventInOneCall() {
    Event weak = event("weak", "Novità fiscali").description("Con un cenno al cloud").build();
    Event strong = event("strong", "Cloud per le PMI").topics("cloud").build();
    Event middle = event("middle", "Cloud e fatture").build();

    List<Match> matches = match(List.of(weak, strong, middle), List.of(CLOUD_FAN));

    assertThat(matches).extracting(Match::eventId).containsExactly("strong");
  }

  private static Matcher topTwo() {
    return new Matcher(
        new MatchSettings(1.0, Duration.ofDays(7), 2, Duration.ofHours(24), Duration.ofDays(14)));
  }

  private static Event aiForSmallFirms() {
    return event("ai", "AI per le PMI").topics("AI", "PMI").description("Cloud e AI").build();
  }

  @Test
  void capsEachEventAtTheTopContactsByScore() {
    Matcher topTwo = topTwo();
    Event event = aiForSmallFirms();
    List<Contact> contacts =
        List.of(
            contact("low", "cloud").build(), // 1
            contact("high", "AI", "PMI").build(), // 3+2+1 + 3+2
            contact("mid", "AI").build()); // 3+2+1

    List<Match> matches = topTwo.match(List.of(event), contacts, NOW, Map.of(), Set.of());

    assertThat(matches)
        .extracting(Match::contactId, Match::score)
        .containsExactly(tuple("high", 11.0), tuple("mid", 6.0));
  }

  @Test
  void countsTheInvitationsOfEarlierPassesAgainstTheEventsCap() {
    Matcher topTwo = topTwo();
    Event event = aiForSmallFirms();
    Event other = event("cloud", "Cloud per le PMI").topics("cloud").build();
    List<Contact> contacts =
        List.of(
            contact("low", "cloud").build(),
            contact("high", "AI", "PMI").build(),
            contact("mid", "AI").build());

    // "early" was invited to "ai" in an earlier pass: one seat of two is taken.
    List<Match> oneSeatLeft =
        topTwo.match(List.of(event), contacts, NOW, Map.of(), Set.of("ai|early", "cloud|low"));
    List<Match> noSeatLeft =
        topTwo.match(List.of(event, other), contacts, NOW, Map.of(), Set.of("ai|a", "ai|b"));

    assertThat(oneSeatLeft).extracting(Match::contactId).containsExactly("high");
    assertThat(noSeatLeft).isNotEmpty().extracting(Match::eventId).containsOnly("cloud");
  }

  @Test
  void leavesOutPairsBelowTheMinimumScore() {
    Matcher strict =
        new Matcher(
            new MatchSettings(
                3.0, Duration.ofDays(7), 10, Duration.ofHours(24), Duration.ofDays(14)));
    Event inTitle = event("title", "Cloud per le PMI").build();
    Event inDescription = event("description", "Fatture").description("Anche cloud").build();
    Contact other = contact("bea", "cloud").build();

    List<Match> matches =
        strict.match(List.of(inTitle, inDescription), List.of(other), NOW, Map.of(), Set.of());
    assertThat(matches).extracting(Match::eventId).containsExactly("title");
    assertThat(strict.match(List.of(inDescription), List.of(other), NOW, Map.of(), Set.of()))
        .isEmpty();
  }

  @Test
  void givesTheNextBestEventToAContactWhoseBestIsFull() {
    Matcher oneEach =
        new Matcher(
            new MatchSettings(
                1.0, Duration.ofDays(7), 1, Duration.ofHours(24), Duration.ofDays(14)));
    Event best = event("best", "Cloud e AI").build();
    Event next = event("next", "Cloud").build();
    Contact both = contact("both", "cloud", "AI").build(); // best 6, next 3
    Contact cloudOnly = contact("cloud-only", "cloud").build(); // best 3, next 3

    List<Match> matches =
        oneEach.match(List.of(best, next), List.of(cloudOnly, both), NOW, Map.of(), Set.of());

    assertThat(matches)
        .extracting(Match::eventId, Match::contactId)
        .containsExactly(tuple("best", "both"), tuple("next", "cloud-only"));
  }

  @Test
  void ordersMatchesByScoreThenEventThenContact() {
    Event b = event("b-event", "Cloud").build();
    Event a = event("a-event", "Cloud").topics("Kubernetes").build();
    List<Contact> contacts =
        List.of(
            contact("zoe", "kubernetes", "cloud").build(),
            contact("carl", "cloud").build(),
            contact("bob", "cloud").build(),
            contact("amy", "cloud").build());

    List<Match> matches = match(List.of(b, a), contacts);

    assertThat(matches)
        .extracting(Match::eventId, Match::contactId)
        .containsExactly(
            tuple("a-event", "zoe"),
            tuple("a-event", "amy"),
            tuple("a-event", "bob"),
            tuple("a-event", "carl"));
    List<Contact> reversed = new ArrayList<>(contacts);
    Collections.reverse(reversed);
    assertThat(match(List.of(a, b), reversed)).isEqualTo(matches); // input order does not matter
  }

  @Test
  void readsTheSynonymsFileTheSettingsName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, "nuvola, cloud\n");
    MatchSettings settings =
        new MatchSettings(
            1.0,
            Duration.ofDays(7),
            10,
            Duration.ofHours(24),
            Duration.ofDays(14),
            Optional.of(file));
    Contact nuvola = contact("ada", "nuvola").build();

    assertThat(
            new Matcher(settings)
                .match(
                    List.of(cloudEventAt(THURSDAY_EVENING)),
                    List.of(nuvola),
                    NOW,
                    Map.of(),
                    Set.of()))
        .singleElement()
        .extracting(match -> match.reasons().get(0))
        .isEqualTo(new Reason(Kind.INTEREST, "nuvola", "Cloud", "title"));
    assertThat(match(cloudEventAt(THURSDAY_EVENING), nuvola)).isEmpty();
  }
}
