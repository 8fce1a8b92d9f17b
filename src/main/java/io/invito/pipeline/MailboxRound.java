package io.invito.pipeline;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.config.MailSettings;
import io.invito.mail.AwaitingDraft;
import io.invito.mail.DraftPusher;
import io.invito.mail.MailException;
import io.invito.mail.OutgoingDraft;
import io.invito.mail.PushLog;
import io.invito.mail.PushReport;
import io.invito.mail.SentMatch;
import io.invito.mail.SentReader;
import io.invito.mail.SentReport;
import io.invito.model.Channel;
import io.invito.model.Invitation;
import io.invito.model.MailboxPosition;
import io.invito.model.PushedDraft;
import io.invito.model.Week;
import io.invito.store.MailboxStore;
import io.invito.store.Store;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailbox stage, after drafting: puts the e-mail drafts in the owner's Drafts folder and marks
 * the ones seen in Sent as sent, recording each pass (and why it failed) for {@code invito status}.
 */
final class MailboxRound {
  private static final Logger LOG = LoggerFactory.getLogger(MailboxRound.class);

  private final Config config;
  private final Store store;
  private final Clock clock;

  MailboxRound(Config config, Store store, Clock clock) {
    this.config = config;
    this.store = store;
    this.clock = clock;
  }

  /** The drafts waiting to be sent for this week or later, pushed; one line per draft left. */
  PushReport push(Instant asOf) {
    MailSettings mail = requireMail();
    Week current = Week.of(LocalDate.ofInstant(asOf, config.owner().zone()));
    List<OutgoingDraft> drafts =
        emails(Set.of(Invitation.Status.DRAFTED)).stream()
            .filter(invitation -> Week.parse(invitation.week()).compareTo(current) >= 0)
            .map(
                invitation ->
                    new OutgoingDraft(
                        invitation.id(), config.outputDir().resolve(invitation.path())))
            .filter(draft -> Files.isRegularFile(draft.eml()))
            .toList();
    try {
      PushReport report = new DraftPusher(mail, clock).push(drafts, new StoredPushLog());
      store
          .mailbox()
          .succeeded(MailboxStore.PUSH, clock.instant(), report.summary(), Optional.empty());
      return report;
    } catch (MailException e) {
      store.mailbox().failed(MailboxStore.PUSH, clock.instant(), e.getMessage());
      throw e;
    }
  }

  /**
   * Marks the drafts seen in Sent as sent, with the time they were sent; with {@code
   * deletedMeansSkip}, a pushed draft gone from Drafts and not seen sent is marked skipped. The
   * folder's position is stored only after the marks, so a sync cut short reads the mail again.
   */
  SyncReport sync(boolean deletedMeansSkip) {
    MailSettings mail = requireMail();
    List<Invitation> waiting = emails(Set.of(Invitation.Status.DRAFTED, Invitation.Status.SKIPPED));
    List<AwaitingDraft> awaiting =
        waiting.stream()
            .map(
                invitation ->
                    new AwaitingDraft(
                        invitation.id(),
                        invitation.createdAt(),
                        config.outputDir().resolve(invitation.path())))
            .filter(draft -> Files.isRegularFile(draft.eml()))
            .toList();
    Optional<MailboxPosition> from =
        store.mailbox().pass(MailboxStore.SYNC).flatMap(MailboxStore.Pass::position);
    try {
      SentReport report = new SentReader(mail).read(from, awaiting, deletedMeansSkip);
      List<SentMatch> marked = new ArrayList<>();
      for (SentMatch match : report.sent()) {
        if (store.invitations().markSent(match.invitationId(), match.sentAt())) {
          marked.add(match);
        }
      }
      List<String> skipped = new ArrayList<>();
      if (report.draftsPresent().isPresent()) {
        skipped = skipDeleted(report.draftsPresent().get(), report.sent());
      }
      SyncReport done = new SyncReport(report.read(), marked, skipped);
      store
          .mailbox()
          .succeeded(
              MailboxStore.SYNC, clock.instant(), done.summary(), Optional.of(report.position()));
      return done;
    } catch (MailException e) {
      store.mailbox().failed(MailboxStore.SYNC, clock.instant(), e.getMessage());
      throw e;
    }
  }

  /**
   * After drafting, when a mailbox is configured: sync, then push. A mailbox that cannot be used is
   * a warning, never the end of the run; the next pass tries again.
   */
  List<String> syncAndPush(Instant asOf) {
    List<String> warnings = new ArrayList<>();
    try {
      sync(false);
      push(asOf).left().forEach(left -> warnings.add(left.line()));
    } catch (MailException | ConfigException e) {
      warnings.add(
          "mailbox: " + e.getMessage() + " (the drafts are in " + config.outputDir() + ")");
    } catch (RuntimeException e) {
      // The stage after the drafts must not take the digest down with it.
      LOG.warn("mailbox stage failed", e);
      warnings.add("mailbox: unexpected failure: " + e);
    }
    return warnings;
  }

  private List<String> skipDeleted(Set<String> present, List<SentMatch> sent) {
    Set<String> seenSent = new HashSet<>();
    sent.forEach(match -> seenSent.add(match.invitationId()));
    List<String> skipped = new ArrayList<>();
    for (PushedDraft pushed : store.mailbox().pushed().values()) {
      if (pushed.state() == PushedDraft.State.PUSHED
          && !seenSent.contains(pushed.invitationId())
          && !present.contains(pushed.messageId())
          && store.invitations().skip(pushed.invitationId())) {
        skipped.add(pushed.invitationId());
      }
    }
    return skipped;
  }

  private List<Invitation> emails(Set<Invitation.Status> statuses) {
    return store.invitations().all().stream()
        .filter(invitation -> invitation.channel() == Channel.EMAIL)
        .filter(invitation -> statuses.contains(invitation.status()))
        .toList();
  }

  private MailSettings requireMail() {
    return config
        .mail()
        .orElseThrow(
            () ->
                new ConfigException(
                    "invito.yaml: mail.imap is missing: say which mailbox to use (host, user,"
                        + " passwordEnv or passwordCommand)"));
  }

  /** What a sync did: messages read, invitations marked sent, and skipped. */
  record SyncReport(int read, List<SentMatch> marked, List<String> skipped) {
    String summary() {
      return "%d new in Sent, %d marked sent, %d marked skipped"
          .formatted(read, marked.size(), skipped.size());
    }
  }

  /** The push log kept in the store. */
  private final class StoredPushLog implements PushLog {
    @Override
    public Map<String, PushedDraft> pushed() {
      return store.mailbox().pushed();
    }

    @Override
    public void record(PushedDraft draft) {
      store.mailbox().record(draft);
    }
  }
}
