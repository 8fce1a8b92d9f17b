package io.invito.pipeline;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.draft.DraftKeeper;
import io.invito.draft.OwnerEdit;
import io.invito.model.Contact;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.output.AtomicFile;
import io.invito.output.KillPoint;
import io.invito.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Saves the owner's edit of a draft as its next revision, so neither text is ever lost: what the
 * file holds now is first copied aside under the name the store derives from the current revision
 * ({@link DraftKeeper#keptAt}), the edit is noted as the owner's, the file is replaced atomically,
 * and only then is the revision recorded. A process killed between two steps leaves both texts on
 * disk; one killed before the record leaves the edit in the file, and {@link #recover} records it.
 */
final class DraftEdit {
  private final Config config;
  private final Store store;

  DraftEdit(Config config, Store store) {
    this.config = config;
    this.store = store;
  }

  /**
   * Saves the edit and returns the draft as now current (the same one when nothing changed).
   *
   * @throws ConfigException when there is no such draft waiting to be sent
   */
  Invitation save(String id, Optional<String> subject, String text, Contact contact, Instant at) {
    Invitation current =
        store
            .invitations()
            .find(id)
            .filter(invitation -> invitation.status() == Invitation.Status.DRAFTED)
            .orElseThrow(() -> new ConfigException("no draft '" + id + "' waiting to be sent"));
    KnownEvent known =
        store
            .events()
            .find(current.eventId())
            .orElseThrow(() -> new ConfigException("the event of draft '" + id + "' is gone"));
    Path file = config.outputDir().resolve(current.path());
    byte[] before = read(file);
    byte[] after =
        OwnerEdit.bytes(
            current.channel(), id, before, subject, text, known, contact, config.owner(), at);
    String hash = OwnerEdit.hash(after);
    if (hash.equals(OwnerEdit.hash(before))) {
      return current;
    }
    Path kept = config.outputDir().resolve(DraftKeeper.keptAt(current));
    if (!Files.exists(kept)) {
      AtomicFile.write(kept, before);
    }
    KillPoint.reach("desk.edit-kept");
    store.desk().recordEdit(id, hash, at);
    AtomicFile.write(file, after);
    KillPoint.reach("desk.edit-written");
    Invitation edited = revision(current, hash);
    store.invitations().saveRevision(edited, DraftKeeper::keptAt);
    KillPoint.reach("desk.edit-saved");
    return edited;
  }

  /**
   * Records an edit a killed process wrote but did not record: the file holds bytes the owner's
   * edit noted, not the current revision's. Returns the draft as now current.
   */
  Optional<Invitation> recover(String id) {
    Optional<Invitation> found = store.invitations().find(id);
    if (found.isEmpty() || found.get().status() != Invitation.Status.DRAFTED) {
      return found;
    }
    Invitation current = found.get();
    Path file = config.outputDir().resolve(current.path());
    if (!Files.isRegularFile(file)) {
      return found;
    }
    String hash = OwnerEdit.hash(read(file));
    if (hash.equals(current.contentHash()) || !store.desk().isEdit(id, hash)) {
      return found;
    }
    Invitation edited = revision(current, hash);
    store.invitations().saveRevision(edited, DraftKeeper::keptAt);
    return Optional.of(edited);
  }

  /** When the owner wrote the draft as it is now; empty when invito wrote it. */
  Optional<Instant> editedAt(Invitation invitation) {
    return store.desk().editedAt(invitation.id(), invitation.contentHash());
  }

  /**
   * The next revision, dated as the draft it edits: an edit is not a new invitation, so the
   * per-contact pause, the week and "already invited" stay as they were.
   */
  private static Invitation revision(Invitation current, String hash) {
    return new Invitation(
        current.id(),
        current.eventId(),
        current.contactId(),
        current.channel(),
        current.week(),
        current.path(),
        hash,
        Invitation.Status.DRAFTED,
        current.createdAt());
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read draft " + file + ": " + e.getMessage(), e);
    }
  }
}
