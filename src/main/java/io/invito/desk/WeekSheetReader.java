package io.invito.desk;

import io.invito.digest.Digest;
import io.invito.digest.EventSummarizer;
import io.invito.digest.EventSummary;
import io.invito.digest.Labels;
import io.invito.model.Decision;
import io.invito.model.Invitation;
import io.invito.model.Week;
import io.invito.pipeline.Pipeline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a week as the digest would show it (the pipeline's own entries and the digest's own
 * summaries, so the facts read the same in both) and adds what the desk acts on: the drafts' ids
 * and states, and the owner's decision on each suggestion.
 */
final class WeekSheetReader {
  private final Pipeline pipeline;
  private final Labels labels;

  WeekSheetReader(Pipeline pipeline, Labels labels) {
    this.pipeline = pipeline;
    this.labels = labels;
  }

  WeekSheet read(Week week) {
    List<Digest.Entry> entries = pipeline.weekEntries(week);
    Map<String, Decision> decisions =
        pipeline
            .store()
            .desk()
            .decisions(entries.stream().map(entry -> entry.event().event().id()).toList());
    Map<String, Invitation> drafts = new LinkedHashMap<>();
    for (Invitation invitation : pipeline.store().invitations().forWeek(week)) {
      drafts.put(
          key(invitation.eventId(), invitation.contactId(), invitation.channel()), invitation);
    }
    EventSummarizer summarizer =
        new EventSummarizer(
            labels, pipeline.config().owner(), pipeline.config().outputDir(), Instant.EPOCH);
    List<WeekSheet.Card> cards = new ArrayList<>();
    for (Digest.Entry entry : entries) {
      EventSummary summary = summarizer.summarizeOrNote(entry);
      // The summary lists its invitees best first, then by id: the same order here, so each
      // suggestion meets its own sentence of reasons.
      List<Digest.Suggestion> suggestions =
          entry.suggestions().stream()
              .sorted(
                  Comparator.comparingDouble((Digest.Suggestion s) -> -s.match().score())
                      .thenComparing(s -> s.contact().id()))
              .toList();
      List<WeekSheet.Suggested> suggested = new ArrayList<>();
      for (int at = 0; at < suggestions.size(); at++) {
        Digest.Suggestion suggestion = suggestions.get(at);
        String eventId = suggestion.match().eventId();
        String contactId = suggestion.contact().id();
        String reasons = at < summary.invitees().size() ? summary.invitees().get(at).reasons() : "";
        List<WeekSheet.DraftRef> refs =
            suggestion.drafts().stream()
                .map(draft -> drafts.get(key(eventId, contactId, draft.channel())))
                .filter(java.util.Objects::nonNull)
                .map(
                    invitation ->
                        new WeekSheet.DraftRef(
                            invitation.id(),
                            labels.get("channel." + invitation.channel().name()),
                            invitation.status().name()))
                .toList();
        suggested.add(
            new WeekSheet.Suggested(
                eventId,
                contactId,
                summary.invitees().size() > at
                    ? summary.invitees().get(at).name()
                    : suggestion.contact().fullName(),
                reasons,
                Optional.ofNullable(decisions.get(eventId + "|" + contactId))
                    .map(Decision::name)
                    .orElse(""),
                refs));
      }
      cards.add(new WeekSheet.Card(summary, suggested));
    }
    return new WeekSheet(
        week.toString(),
        Week.of(week.monday().minusDays(7)).toString(),
        Week.of(week.monday().plusDays(7)).toString(),
        days(cards));
  }

  /** By day in time order; the recordings, which have no day, close the page. */
  private static List<WeekSheet.Day> days(List<WeekSheet.Card> cards) {
    List<WeekSheet.Card> sorted =
        cards.stream()
            .sorted(
                Comparator.comparing((WeekSheet.Card card) -> card.summary().start())
                    .thenComparing(card -> card.summary().title())
                    .thenComparing(card -> card.summary().id()))
            .toList();
    Map<Optional<LocalDate>, List<WeekSheet.Card>> byDay = new LinkedHashMap<>();
    for (WeekSheet.Card card : sorted) {
      byDay.computeIfAbsent(card.summary().day(), day -> new ArrayList<>()).add(card);
    }
    return byDay.values().stream()
        .map(list -> new WeekSheet.Day(list.get(0).summary().dayName(), list))
        .toList();
  }

  private static String key(String eventId, String contactId, Object channel) {
    return eventId + "|" + contactId + "|" + String.valueOf(channel).toUpperCase(Locale.ROOT);
  }
}
