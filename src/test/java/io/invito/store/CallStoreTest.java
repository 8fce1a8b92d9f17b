package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Call;
import io.invito.model.Week;
import io.invito.model.WeekPost;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls and posts kept in a real H2 store; {@link CallsAndPostsPostgresIT} runs the same on
 * PostgreSQL.
 */
class CallStoreTest {
  private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");
  private static final Instant EIGHT = Instant.parse("2026-11-30T07:00:00Z");

  @TempDir Path dir;

  static Call proposed(String id, LocalDate day, String contact, Optional<String> event) {
    return new Call(
        id,
        day,
        contact,
        event,
        event.map(found -> "sicurezza informatica"),
        Optional.of(Instant.parse("2026-11-02T09:30:00Z")),
        true,
        Call.Status.PROPOSED,
        EIGHT,
        Optional.empty());
  }

  @Test
  void keepsADaysListOnceMarksCallsDoneAndRemembersWhatEachWeeksPostShared() {
    try (Store store = Store.open("jdbc:h2:file:" + dir.resolve("store"))) {
      exercise(store);
    }
  }

  /** The scenario both databases must keep alike. */
  static void exercise(Store store) {
    List<Call> first =
        List.of(
            proposed("c-marco", MONDAY, "marco-rossi", Optional.of("ev-sicurezza")),
            proposed("c-anna", MONDAY, "anna-smith", Optional.empty()));
    assertThat(store.calls().proposeOnce(MONDAY, first)).isEqualTo(first);
    // A second pass for the same morning keeps the first list, in its order.
    List<Call> other = List.of(proposed("c-elena", MONDAY, "elena-conti", Optional.empty()));
    assertThat(store.calls().proposeOnce(MONDAY, other)).isEqualTo(first);

    assertThat(store.calls().markDone("c-marco", MONDAY)).isTrue();
    assertThat(store.calls().markDone("c-marco", MONDAY)).as("already done").isFalse();
    Call unplanned =
        new Call(
            "c-luca",
            MONDAY.plusDays(1),
            "luca-ferrari",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            Call.Status.DONE,
            EIGHT.plusSeconds(86_400),
            Optional.of(MONDAY.plusDays(1)));
    store.calls().recordUnplanned(unplanned);
    // A day with only a call the owner recorded by hand still gets its list.
    List<Call> tuesday =
        List.of(proposed("c-sofia", MONDAY.plusDays(1), "sofia-greco", Optional.empty()));
    assertThat(store.calls().proposeOnce(MONDAY.plusDays(1), tuesday))
        .containsExactly(unplanned, tuesday.get(0));

    assertThat(store.calls().find("c-marco").orElseThrow())
        .satisfies(
            call -> {
              assertThat(call.done()).isTrue();
              assertThat(call.doneOn()).contains(MONDAY);
              assertThat(call.eventId()).contains("ev-sicurezza");
              assertThat(call.topic()).contains("sicurezza informatica");
            });
    assertThat(store.calls().all())
        .extracting(Call::id)
        .containsExactly("c-marco", "c-anna", "c-luca", "c-sofia");

    Week w49 = Week.parse("2026-W49");
    WeekPost post =
        new WeekPost(
            w49,
            List.of("ev-sicurezza", "ev-launch"),
            "text",
            "short",
            Path.of("digest/2026-W49.post.md"),
            Path.of("digest/2026-W49.post.txt"));
    store.posts().record(post, EIGHT);
    // Written again with another choice: the week's rows are replaced, not added to.
    store
        .posts()
        .record(
            new WeekPost(
                w49,
                List.of("ev-launch", "ev-cloud"),
                "text",
                "short",
                post.markdown(),
                post.text()),
            EIGHT);
    assertThat(store.posts().all())
        .extracting(PostLog.Entry::eventId, PostLog.Entry::place)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ev-launch", 1),
            org.assertj.core.groups.Tuple.tuple("ev-cloud", 2));
    assertThat(store.posts().sharedOutside(w49)).isEmpty();
    assertThat(store.posts().sharedOutside(w49.next())).containsExactly("ev-launch", "ev-cloud");
  }
}
