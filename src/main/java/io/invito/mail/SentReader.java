package io.invito.mail;

import io.invito.config.MailSettings;
import io.invito.model.MailboxPosition;
import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Reads the Sent folder for the drafts the owner sent: headers only (envelope, UID and {@code
 * X-Invito-Id}, never a body), and only messages newer than the last sync (by UID, while the
 * folder's UIDVALIDITY is the same; else those received since the oldest draft waiting). A message
 * is a draft sent when it carries the draft's {@code X-Invito-Id}, or, failing that, goes to the
 * draft's recipient with the draft's subject and was sent after the draft was made.
 */
public final class SentReader {
  private static final Session SESSION = Session.getInstance(new Properties());
  // A client's clock, or the Date it keeps from the draft, may be a little behind ours.
  private static final Duration SLACK = Duration.ofMinutes(5);

  private final MailSettings settings;

  public SentReader(MailSettings settings) {
    this.settings = settings;
  }

  /**
   * Reads what is new in Sent; with {@code listDrafts}, first lists our drafts still in Drafts (a
   * draft sent in between is then still seen in Drafts, never taken for deleted).
   */
  public SentReport read(
      Optional<MailboxPosition> from, List<AwaitingDraft> awaiting, boolean listDrafts) {
    Map<String, Identity> identities = new LinkedHashMap<>();
    for (AwaitingDraft draft : awaiting) {
      identities.put(draft.invitationId(), Identity.of(draft));
    }
    try (Mailbox mailbox = Mailbox.open(settings)) {
      try {
        Optional<Set<String>> present =
            listDrafts ? Optional.of(draftsPresent(mailbox.drafts())) : Optional.empty();
        IMAPFolder sent = mailbox.sent();
        sent.open(Folder.READ_ONLY);
        try {
          return read(sent, from, awaiting, identities, present);
        } finally {
          sent.close(false);
        }
      } catch (MessagingException e) {
        throw MailException.of(mailbox.server(), mailbox.user(), e);
      }
    }
  }

  private SentReport read(
      IMAPFolder sent,
      Optional<MailboxPosition> from,
      List<AwaitingDraft> awaiting,
      Map<String, Identity> identities,
      Optional<Set<String>> present)
      throws MessagingException {
    long validity = sent.getUIDValidity();
    boolean continuing =
        from.isPresent()
            && from.get().folder().equals(sent.getFullName())
            && from.get().uidValidity() == validity;
    long after = continuing ? from.get().lastUid() : 0;
    Message[] messages;
    if (continuing) {
      messages = sent.getMessagesByUID(after + 1, UIDFolder.MAXUID);
    } else {
      Instant since =
          awaiting.stream()
              .map(AwaitingDraft::createdAt)
              .min(Instant::compareTo)
              .orElse(Instant.now())
              .minus(Duration.ofDays(1));
      messages = sent.search(new ReceivedDateTerm(ComparisonTerm.GE, Date.from(since)));
    }
    FetchProfile profile = new FetchProfile();
    profile.add(FetchProfile.Item.ENVELOPE);
    profile.add(UIDFolder.FetchProfileItem.UID);
    profile.add(DraftBytes.HEADER);
    sent.fetch(messages, profile);
    long last = after;
    int read = 0;
    List<SentMatch> matches = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (Message message : messages) {
      long uid = sent.getUID(message);
      // UID n:* names the last message even when its UID is below n.
      if (uid <= after) {
        continue;
      }
      last = Math.max(last, uid);
      read++;
      match(message, identities)
          .filter(match -> matched.add(match.invitationId()))
          .ifPresent(matches::add);
    }
    if (!continuing) {
      // Nothing older than the drafts can be ours; later syncs start after what the folder holds.
      last = Math.max(last, sent.getUIDNext() - 1);
    }
    return new SentReport(
        matches, new MailboxPosition(sent.getFullName(), validity, last), read, present);
  }

  private static Optional<SentMatch> match(Message message, Map<String, Identity> identities)
      throws MessagingException {
    Date dated = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
    Instant sentAt = dated == null ? Instant.now() : dated.toInstant();
    String[] ids = message.getHeader(DraftBytes.HEADER);
    if (ids != null && ids.length > 0 && identities.containsKey(ids[0].strip())) {
      return Optional.of(new SentMatch(ids[0].strip(), sentAt, DraftBytes.HEADER));
    }
    Set<String> recipients = new HashSet<>();
    for (Message.RecipientType type :
        List.of(Message.RecipientType.TO, Message.RecipientType.CC, Message.RecipientType.BCC)) {
      Address[] addresses = message.getRecipients(type);
      if (addresses != null) {
        for (Address address : addresses) {
          if (address instanceof InternetAddress internet && internet.getAddress() != null) {
            recipients.add(internet.getAddress().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    String subject = Identity.normal(message.getSubject());
    for (Map.Entry<String, Identity> entry : identities.entrySet()) {
      Identity identity = entry.getValue();
      if (identity.to().isPresent()
          && recipients.contains(identity.to().get())
          && identity.subject().equals(subject)
          && !sentAt.isBefore(identity.createdAt().minus(SLACK))) {
        return Optional.of(new SentMatch(entry.getKey(), sentAt, "recipient and subject"));
      }
    }
    return Optional.empty();
  }

  /** The Message-IDs of our drafts in the Drafts folder, from headers only. */
  private static Set<String> draftsPresent(IMAPFolder drafts) throws MessagingException {
    drafts.open(Folder.READ_ONLY);
    try {
      Message[] messages = drafts.getMessages();
      FetchProfile profile = new FetchProfile();
      profile.add(DraftBytes.HEADER);
      profile.add("Message-ID");
      drafts.fetch(messages, profile);
      Set<String> present = new HashSet<>();
      for (Message message : messages) {
        String[] ids = message.getHeader(DraftBytes.HEADER);
        String messageId = ((MimeMessage) message).getMessageID();
        if (ids != null && messageId != null) {
          present.add(messageId.strip());
        }
      }
      return present;
    } finally {
      drafts.close(false);
    }
  }

  /** What identifies a draft in Sent without our header: its recipient and subject. */
  private record Identity(Optional<String> to, String subject, Instant createdAt) {
    static Identity of(AwaitingDraft draft) {
      try (InputStream in = Files.newInputStream(draft.eml())) {
        MimeMessage message = new MimeMessage(SESSION, in);
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        Optional<String> address =
            to == null || to.length == 0 || !(to[0] instanceof InternetAddress internet)
                ? Optional.empty()
                : Optional.ofNullable(internet.getAddress())
                    .map(text -> text.toLowerCase(Locale.ROOT));
        return new Identity(address, normal(message.getSubject()), draft.createdAt());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read draft " + draft.eml(), e);
      } catch (MessagingException e) {
        throw new IllegalStateException("draft " + draft.eml() + " cannot be read", e);
      }
    }

    static String normal(String subject) {
      return subject == null ? "" : subject.replaceAll("\\s+", " ").strip();
    }
  }
}
