package io.invito.desk;

import io.invito.digest.ChannelLinks;
import io.invito.digest.Digest;
import io.invito.draft.DraftText;
import io.invito.model.Contact;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.pipeline.Pipeline;
import io.invito.store.DraftRevision;
import io.javalin.http.NotFoundResponse;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one draft for its page: its text as the file holds it, its links, state and history. */
final class DraftSheetReader {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Pipeline pipeline;

  DraftSheetReader(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  DraftSheet read(String id) {
    Invitation invitation =
        pipeline.currentDraft(id).orElseThrow(() -> new NotFoundResponse("no draft '" + id + "'"));
    Optional<Contact> contact =
        pipeline.contacts().stream()
            .filter(one -> one.id().equals(invitation.contactId()))
            .findFirst();
    Optional<DraftText> text =
        DraftText.read(pipeline.config().outputDir().resolve(invitation.path()));
    Digest.DraftFile file = pipeline.draftFile(invitation);
    Optional<String> send = contact.flatMap(person -> ChannelLinks.href(person, file));
    boolean edited = pipeline.editedAt(invitation).isPresent();
    String body = text.map(DraftText::body).orElse("");
    List<LineDiff.Line> rewrite =
        edited && invitation.status() == Invitation.Status.DRAFTED
            ? pipeline
                .rewriteOf(invitation)
                .map(now2 -> LineDiff.between(body, now2.body()))
                .orElse(List.of())
            : List.of();
    return new DraftSheet(
        invitation.id(),
        eventTitle(invitation),
        contact.map(Contact::fullName).orElse(invitation.contactId()),
        invitation.channel().name(),
        invitation.status().name(),
        edited,
        invitation.week(),
        contact.flatMap(person -> to(person, invitation)),
        text.flatMap(DraftText::subject),
        body,
        send,
        pipeline.config().mail().isPresent()
            && invitation.channel() == io.invito.model.Channel.EMAIL
            && invitation.status() == Invitation.Status.DRAFTED,
        rewrite,
        history(id));
  }

  /**
   * The drafts' person and event in words ("Elena Conti — Corso online: …"), by id, for a list that
   * names several drafts; a draft no longer stored is left out (its id stands for it).
   */
  Map<String, String> names(List<String> ids) {
    Map<String, String> people = new HashMap<>();
    pipeline.contacts().forEach(person -> people.putIfAbsent(person.id(), person.fullName()));
    Map<String, String> names = new HashMap<>();
    for (String id : ids) {
      pipeline
          .currentDraft(id)
          .ifPresent(
              invitation ->
                  names.put(
                      id,
                      people.getOrDefault(invitation.contactId(), invitation.contactId())
                          + " — "
                          + eventTitle(invitation)));
    }
    return names;
  }

  private String eventTitle(Invitation invitation) {
    return pipeline
        .store()
        .events()
        .find(invitation.eventId())
        .map(KnownEvent::event)
        .map(event -> event.title())
        .orElse(invitation.eventId());
  }

  private List<DraftSheet.Revision> history(String id) {
    var zone = pipeline.config().owner().zone();
    return pipeline.store().invitations().historyOf(id).stream()
        .sorted((a, b) -> Integer.compare(b.revision(), a.revision()))
        .map(
            (DraftRevision revision) ->
                new DraftSheet.Revision(
                    revision.revision(),
                    revision.current()
                        ? revision.invitation().status().name()
                        : Invitation.Status.SUPERSEDED.name(),
                    WHEN.format(
                        pipeline
                            .editedAt(revision.invitation())
                            .orElse(revision.invitation().createdAt())
                            .atZone(zone)),
                    pipeline.editedAt(revision.invitation()).isPresent()))
        .toList();
  }

  private static Optional<String> to(Contact contact, Invitation invitation) {
    return switch (invitation.channel()) {
      case EMAIL -> contact.email();
      case WHATSAPP, PHONE -> contact.phone();
      case LINKEDIN -> contact.linkedinUrl();
    };
  }
}
