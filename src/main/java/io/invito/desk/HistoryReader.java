package io.invito.desk;

import io.invito.match.ContactPause;
import io.invito.model.Call;
import io.invito.model.Contact;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.pipeline.Pipeline;
import io.invito.store.DraftRevision;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the history from the store as {@code invites list --history} does (every revision, and the
 * calls), and each contact's pause through the matcher's own rule ({@link ContactPause}) over the
 * same "last invited" the matcher is given.
 */
final class HistoryReader {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

  private final Pipeline pipeline;
  private final ZoneId zone;
  private final Map<String, String> names;

  HistoryReader(Pipeline pipeline) {
    this.pipeline = pipeline;
    this.zone = pipeline.config().owner().zone();
    this.names =
        pipeline.contacts().stream()
            .collect(Collectors.toMap(Contact::id, Contact::fullName, (a, b) -> a));
  }

  HistorySheet read(Instant now) {
    Map<String, String> titles =
        pipeline.store().events().all().stream()
            .map(KnownEvent::event)
            .collect(Collectors.toMap(event -> event.id(), event -> event.title(), (a, b) -> a));
    Map<String, Instant> sentTimes = pipeline.store().invitations().sentTimes();
    Function<DraftRevision, Instant> when =
        revision ->
            sentTimes.getOrDefault(
                revision.invitation().id() + "#" + revision.revision(),
                revision.invitation().createdAt());
    List<HistorySheet.Sent> sent =
        pipeline.store().invitations().history().stream()
            .sorted(
                Comparator.comparing(when)
                    .thenComparing(r -> r.invitation().id())
                    .thenComparing(DraftRevision::revision)
                    .reversed())
            .map(revision -> sent(revision, when.apply(revision), titles))
            .toList();
    List<HistorySheet.CallMade> calls =
        pipeline.store().calls().all().stream()
            .filter(Call::done)
            .sorted(
                Comparator.comparing((Call call) -> call.doneOn().orElse(call.day())).reversed())
            .map(
                call ->
                    new HistorySheet.CallMade(
                        call.doneOn().orElse(call.day()).toString(),
                        name(call.contactId()),
                        call.eventId().map(id -> titles.getOrDefault(id, id)).orElse("")))
            .toList();
    ContactPause pause = new ContactPause(pipeline.config().matching().perContactPause());
    List<HistorySheet.Pause> pauses =
        pipeline.store().invitations().lastInvitedByContact().entrySet().stream()
            .map(
                last ->
                    new HistorySheet.Pause(
                        last.getKey(),
                        name(last.getKey()),
                        time(last.getValue()),
                        time(pause.endsAt(last.getValue())),
                        pause.paused(last.getValue(), now)))
            .sorted(Comparator.comparing(HistorySheet.Pause::contact))
            .toList();
    return new HistorySheet(sent, calls, pauses);
  }

  private HistorySheet.Sent sent(DraftRevision revision, Instant when, Map<String, String> titles) {
    Invitation draft = revision.invitation();
    return new HistorySheet.Sent(
        time(when),
        draft.contactId(),
        name(draft.contactId()),
        titles.getOrDefault(draft.eventId(), draft.eventId()),
        "channel." + draft.channel().name(),
        "status." + draft.status().name(),
        revision.supersededStatus().map(was -> "status." + was.name()).orElse(""));
  }

  /** A contact no longer in the file still shows, by id. */
  private String name(String contactId) {
    return names.getOrDefault(contactId, contactId);
  }

  private String time(Instant instant) {
    return TIME.format(instant.atZone(zone));
  }
}
