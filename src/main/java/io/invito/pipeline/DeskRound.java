package io.invito.pipeline;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.draft.DraftText;
import io.invito.draft.InvitationWriter;
import io.invito.draft.TemplateSet;
import io.invito.model.Contact;
import io.invito.model.Decision;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Week;
import io.invito.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The review desk's own actions (issue 17): the owner's decision on a suggested contact and the
 * owner's edits of a draft. Beside the other rounds so that {@link Pipeline} keeps only the order
 * of the passes; the contacts and templates are read only by the actions that need them.
 */
final class DeskRound {
  private final Config config;
  private final Store store;
  private final Supplier<TemplateSet> templates;
  private final Supplier<Map<String, Contact>> contacts;
  private final Clock clock;

  DeskRound(
      Config config,
      Store store,
      Supplier<TemplateSet> templates,
      Supplier<Map<String, Contact>> contacts,
      Clock clock) {
    this.config = config;
    this.store = store;
    this.templates = templates;
    this.contacts = contacts;
    this.clock = clock;
  }

  int decide(String eventId, String contactId, Decision decision, Instant at) {
    store.desk().decide(eventId, contactId, decision, at);
    int skipped = 0;
    if (decision != Decision.APPROVED) {
      // The pair's own drafts, one query: a bulk decision on a big week makes thousands of these.
      for (Invitation invitation : store.invitations().allFor(eventId, contactId)) {
        if (store.invitations().skip(invitation.id())) {
          skipped++;
        }
      }
    }
    return skipped;
  }

  Invitation editDraft(String id, Optional<String> subject, String text, Instant at) {
    Invitation invitation =
        store
            .invitations()
            .find(id)
            .orElseThrow(() -> new ConfigException("no draft '" + id + "'"));
    Contact contact = contacts.get().get(invitation.contactId());
    if (contact == null) {
      throw new ConfigException(
          "draft '" + id + "': contact '" + invitation.contactId() + "' left the contacts file");
    }
    return new DraftEdit(config, store).save(id, subject, text, contact, at);
  }

  Optional<Invitation> currentDraft(String id) {
    return new DraftEdit(config, store).recover(id);
  }

  Optional<Instant> editedAt(Invitation invitation) {
    return new DraftEdit(config, store).editedAt(invitation);
  }

  Optional<DraftText> rewriteOf(Invitation invitation) {
    return rewrite(invitation).map(Rewrite::text);
  }

  /**
   * Gives the draft back to invito: what it would write now replaces the owner's text, as a run
   * redrafts an event that changed (every channel of the invitation; the owner's text kept aside as
   * an earlier revision), so later changes of the event are written into it again.
   *
   * @throws ConfigException when no such draft waits, or invito would write nothing else
   */
  Invitation takeRewrite(String id, Instant at) {
    Invitation invitation =
        store
            .invitations()
            .find(id)
            .filter(found -> found.status() == Invitation.Status.DRAFTED)
            .orElseThrow(() -> new ConfigException("no draft '" + id + "' waiting to be sent"));
    Rewrite rewrite =
        rewrite(invitation)
            .orElseThrow(
                () ->
                    new ConfigException("draft '" + id + "': invito has no newer text than yours"));
    InvitationWriter writer =
        new InvitationWriter(
            templates.get(), config.owner(), config.outputDir(), Clock.fixed(at, clock.getZone()));
    DraftRound round =
        new DraftRound(
            store,
            writer,
            Map.of(rewrite.contact().id(), rewrite.contact()),
            List.of(rewrite.known()),
            config.owner().zone(),
            config.outputDir());
    round.draft(List.of(rewrite.match()));
    round.writeIndexes();
    if (!round.warnings().isEmpty()) {
      throw new ConfigException(String.join("; ", round.warnings()));
    }
    return store.invitations().find(id).orElseThrow();
  }

  /** What invito would write now for an edited draft, and what it wrote it from. */
  private record Rewrite(KnownEvent known, Contact contact, Match match, DraftText text) {}

  /**
   * The rewrite of a draft the owner edited, when its event changed after the edit and the text
   * would differ; the event, contact and match are looked up once, for the preview and the redraft.
   */
  private Optional<Rewrite> rewrite(Invitation invitation) {
    Optional<KnownEvent> known = store.events().find(invitation.eventId());
    Contact contact = contacts.get().get(invitation.contactId());
    Optional<Instant> edited = editedAt(invitation);
    if (known.isEmpty()
        || contact == null
        || edited.isEmpty()
        || !known.get().lastChanged().isAfter(edited.get())) {
      return Optional.empty();
    }
    Optional<Match> match = matchOf(invitation);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    InvitationWriter writer =
        new InvitationWriter(templates.get(), config.owner(), config.outputDir(), clock);
    byte[] bytes =
        writer
            .preview(match.get(), known.get(), contact, Week.parse(invitation.week()))
            .get(invitation.channel());
    if (bytes == null) {
      return Optional.empty();
    }
    Optional<DraftText> now = DraftText.read(config.outputDir().resolve(invitation.path()));
    return DraftText.parse(invitation.path().getFileName().toString(), bytes)
        .filter(text -> !text.equals(now.orElse(null)))
        .map(text -> new Rewrite(known.get(), contact, match.get(), text));
  }

  private Optional<Match> matchOf(Invitation invitation) {
    return store.matches().forEvents(List.of(invitation.eventId())).stream()
        .filter(one -> one.contactId().equals(invitation.contactId()))
        .findFirst();
  }
}
