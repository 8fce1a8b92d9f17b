package io.invito.mail;

import io.invito.config.MailSettings;
import io.invito.model.PushedDraft;
import io.invito.output.KillPoint;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;

/**
 * Puts e-mail drafts in the owner's Drafts folder, flagged {@code \Draft} and {@code \Seen}, each
 * once. Before appending, the folder's own headers say what is there already ({@code X-Invito-Id},
 * Message-ID), so a push that was killed after appending and before recording does not append
 * again. A revised draft replaces its earlier copy only while that copy is exactly what was pushed;
 * one the owner edited or removed is left alone and the revision is reported instead.
 */
public final class DraftPusher {
  private final MailSettings settings;
  private final Clock clock;

  public DraftPusher(MailSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Pushes the drafts, recording each in the log as soon as it is in the mailbox.
   *
   * @throws MailException when the mailbox cannot be reached or refuses; what was recorded before
   *     stays recorded, the rest is pushed by the next pass
   */
  public PushReport push(List<OutgoingDraft> drafts, PushLog log) {
    Map<String, PushedDraft> before = log.pushed();
    List<DraftBytes> todo = new ArrayList<>();
    int unchanged = 0;
    for (OutgoingDraft draft : drafts) {
      DraftBytes bytes = DraftBytes.of(draft);
      PushedDraft earlier = before.get(draft.invitationId());
      if (earlier != null && earlier.contentHash().equals(bytes.hash())) {
        unchanged++;
      } else {
        todo.add(bytes);
      }
    }
    try (Mailbox mailbox = Mailbox.open(settings)) {
      IMAPFolder folder = mailbox.drafts();
      try {
        folder.open(Folder.READ_WRITE);
        try {
          return push(mailbox, folder, todo, before, log, unchanged);
        } finally {
          if (folder.isOpen()) {
            folder.close(false);
          }
        }
      } catch (MessagingException | IOException e) {
        throw MailException.of(mailbox.server(), mailbox.user(), e);
      }
    }
  }

  private PushReport push(
      Mailbox mailbox,
      IMAPFolder folder,
      List<DraftBytes> todo,
      Map<String, PushedDraft> before,
      PushLog log,
      int unchanged)
      throws MessagingException, IOException {
    Map<String, List<Message>> copies = todo.isEmpty() ? Map.of() : copiesByInvitation(folder);
    int appended = 0;
    int replaced = 0;
    List<LeftDraft> left = new ArrayList<>();
    for (DraftBytes draft : todo) {
      List<Message> ours = copies.getOrDefault(draft.invitationId(), List.of());
      boolean there = findByMessageId(ours, draft.messageId()).isPresent();
      PushedDraft earlier = before.get(draft.invitationId());
      if (earlier == null) {
        if (!there) {
          append(folder, draft);
        }
        record(log, draft, PushedDraft.State.PUSHED);
        appended++;
        continue;
      }
      Optional<Message> old =
          earlier.state() == PushedDraft.State.PUSHED
              ? findByMessageId(ours, earlier.messageId())
              : Optional.empty();
      if (old.isPresent() && untouched(old.get(), earlier)) {
        if (!there) {
          append(folder, draft);
        }
        remove(folder, old.get());
        record(log, draft, PushedDraft.State.PUSHED);
        replaced++;
      } else if (there) {
        // The revision went in and the old copy went out before a kill: only the record is missing.
        record(log, draft, PushedDraft.State.PUSHED);
        replaced++;
      } else {
        LeftDraft.Why why =
            earlier.state() == PushedDraft.State.LEFT
                ? LeftDraft.Why.EARLIER_LEFT
                : old.isPresent() ? LeftDraft.Why.EDITED : LeftDraft.Why.GONE;
        left.add(new LeftDraft(draft.invitationId(), why, folder.getFullName()));
        record(log, draft, PushedDraft.State.LEFT);
      }
    }
    return new PushReport(folder.getFullName(), appended, replaced, unchanged, left);
  }

  /** Every message of ours in the folder, by invitation id; headers only. */
  private static Map<String, List<Message>> copiesByInvitation(IMAPFolder folder)
      throws MessagingException {
    Message[] messages = folder.getMessages();
    FetchProfile profile = new FetchProfile();
    profile.add(UIDFolder.FetchProfileItem.UID);
    profile.add(DraftBytes.HEADER);
    profile.add("Message-ID");
    folder.fetch(messages, profile);
    Map<String, List<Message>> copies = new HashMap<>();
    for (Message message : messages) {
      if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
        continue;
      }
      String[] ids = message.getHeader(DraftBytes.HEADER);
      if (ids != null && ids.length > 0) {
        copies.computeIfAbsent(ids[0].strip(), id -> new ArrayList<>()).add(message);
      }
    }
    return copies;
  }

  private static Optional<Message> findByMessageId(List<Message> messages, String messageId)
      throws MessagingException {
    for (Message message : messages) {
      String found = ((MimeMessage) message).getMessageID();
      if (found != null && found.strip().equals(messageId)) {
        return Optional.of(message);
      }
    }
    return Optional.empty();
  }

  /** The copy holds exactly the bytes pushed: nobody has edited it. */
  private static boolean untouched(Message copy, PushedDraft earlier)
      throws MessagingException, IOException {
    try (InputStream in = ((IMAPMessage) copy).getMimeStream()) {
      return DraftBytes.hash(in).equals(earlier.contentHash());
    }
  }

  private static void append(IMAPFolder folder, DraftBytes draft) throws MessagingException {
    MimeMessage message = draft.message();
    message.setFlags(new Flags(Flags.Flag.DRAFT), true);
    message.setFlags(new Flags(Flags.Flag.SEEN), true);
    folder.appendMessages(new Message[] {message});
    KillPoint.reach("mail.appended");
  }

  /** Removes only this message: UID EXPUNGE, never the owner's other deleted messages. */
  private static void remove(IMAPFolder folder, Message old) throws MessagingException {
    old.setFlag(Flags.Flag.DELETED, true);
    folder.expunge(new Message[] {old});
  }

  private void record(PushLog log, DraftBytes draft, PushedDraft.State state) {
    log.record(
        new PushedDraft(
            draft.invitationId(), draft.messageId(), draft.hash(), state, clock.instant()));
  }
}
