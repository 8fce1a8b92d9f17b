package io.invito.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.config.KeepRules;
import io.invito.model.Attendance;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.KnownEvent;
import io.invito.model.ListedEvent;
import io.invito.testing.EventBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The owner's keep rules: each leaves out what it names, says so, and keeps the rest. */
class KeepFilterTest {
  private static final Event EXCEL_COURSE =
      EventBuilder.webinar()
          .title("Corso Excel in aula")
          .description("Tabelle pivot e macro, presso la nostra sede.")
          .kinds(EventKind.COURSE)
          .attendance(Attendance.OFFLINE)
          .build();

  @Test
  void keepsEverythingWithNoRules() {
    assertThat(new KeepFilter(KeepRules.ALL).dropReason(EXCEL_COURSE)).isEmpty();
  }

  @Test
  void leavesOutAnAttendanceModeOrAKindNotKeptAndNamesTheRule() {
    KeepRules online = new KeepRules(Set.of("online", "hybrid"), Set.of(), List.of(), List.of());
    KeepRules webinars = new KeepRules(Set.of(), Set.of("webinar"), List.of(), List.of());

    assertThat(new KeepFilter(online).dropReason(EXCEL_COURSE))
        .contains("keep.attendance [hybrid, online]: it is in-person");
    assertThat(new KeepFilter(webinars).dropReason(EXCEL_COURSE))
        .contains("keep.kinds [webinar]: it is course");
  }

  @Test
  void aSourcesOwnRulesReplaceTheGlobalOnesAndAnyCarryingSourceMayKeepTheEvent() {
    KeepRules onlineOnly = new KeepRules(Set.of("online"), Set.of(), List.of(), List.of());
    KeepFilter filter = new KeepFilter(KeepRules.ALL, Map.of("webinars-only", onlineOnly));

    assertThat(filter.dropReason(EventBuilder.from(EXCEL_COURSE).sources("webinars-only").build()))
        .contains("sources.webinars-only.keep.attendance [online]: it is in-person");
    assertThat(
            filter.keeps(
                EventBuilder.from(EXCEL_COURSE).sources("webinars-only", "camera").build()))
        .as("another source, under the global rules, keeps it")
        .isTrue();
  }

  @Test
  void blocksAndKeepsByWholeWordsAsTheTextIsFolded() {
    KeepRules blockPivot = new KeepRules(Set.of(), Set.of(), List.of(), List.of("Pivot"));
    KeepRules keepAi = new KeepRules(Set.of(), Set.of(), List.of("AI"), List.of());
    KeepRules keepExcel = new KeepRules(Set.of(), Set.of(), List.of("excel"), List.of());

    assertThat(new KeepFilter(blockPivot).dropReason(EXCEL_COURSE))
        .contains("keep.block: it names 'pivot'");
    assertThat(new KeepFilter(keepAi).dropReason(EXCEL_COURSE))
        .as("'AI' is not found inside 'aula'")
        .contains("keep.keywords [ai]: it names none of them");
    assertThat(new KeepFilter(keepExcel).keeps(EXCEL_COURSE)).isTrue();
  }

  @Test
  void judgesAListedEventAsTheEventItListsWhenNoRuleReadsTheText() {
    KeepRules online = new KeepRules(Set.of("online", "hybrid"), Set.of(), List.of(), List.of());
    KeepRules webinars = new KeepRules(Set.of(), Set.of("webinar"), List.of(), List.of());
    List<KeepFilter> filters =
        List.of(
            new KeepFilter(KeepRules.ALL),
            new KeepFilter(online),
            new KeepFilter(webinars),
            new KeepFilter(KeepRules.ALL, Map.of("webinars-only", webinars)),
            new KeepFilter(online, Map.of("camera", webinars, "webinars-only", online)));
    List<Event> events =
        List.of(
            EXCEL_COURSE,
            EventBuilder.webinar().build(),
            EventBuilder.from(EXCEL_COURSE).kinds().sources().build(),
            EventBuilder.from(EXCEL_COURSE).sources("webinars-only", "camera").build(),
            EventBuilder.from(EXCEL_COURSE).sources("camera").attendance(Attendance.MIXED).build());
    int judged = 0;
    for (KeepFilter filter : filters) {
      assertThat(filter.readsText()).isFalse();
      for (Event event : events) {
        ListedEvent listed =
            ListedEvent.of(
                new KnownEvent(
                    event, Instant.EPOCH, Instant.EPOCH, Optional.empty(), Optional.empty()));
        assertThat(filter.dropReason(listed)).isEqualTo(filter.dropReason(event));
        judged += filter.dropReason(event).isPresent() ? 1 : 0;
      }
    }
    assertThat(judged).as("some are left out").isGreaterThan(3);
  }

  @Test
  void saysWhenARuleReadsTheTextWhichAListedEventHasNot() {
    KeepRules blockPivot = new KeepRules(Set.of(), Set.of(), List.of(), List.of("pivot"));
    KeepRules keepAi = new KeepRules(Set.of(), Set.of(), List.of("AI"), List.of());
    ListedEvent listed =
        ListedEvent.of(
            new KnownEvent(
                EXCEL_COURSE, Instant.EPOCH, Instant.EPOCH, Optional.empty(), Optional.empty()));

    assertThat(new KeepFilter(blockPivot).readsText()).isTrue();
    assertThat(new KeepFilter(keepAi).readsText()).isTrue();
    assertThat(new KeepFilter(KeepRules.ALL, Map.of("camera", keepAi)).readsText()).isTrue();
    assertThatThrownBy(() -> new KeepFilter(blockPivot).dropReason(listed))
        .isInstanceOf(IllegalStateException.class);
  }
}
