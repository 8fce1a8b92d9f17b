package io.invito.mail;

import io.invito.model.MailboxPosition;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a sync saw.
 *
 * @param position how far the Sent folder has now been read, to store once the marks are stored
 * @param read how many new messages were read (headers only)
 * @param draftsPresent the Message-IDs of our drafts still in the Drafts folder, when asked for
 */
public record SentReport(
    List<SentMatch> sent, MailboxPosition position, int read, Optional<Set<String>> draftsPresent) {

  public SentReport {
    sent = List.copyOf(sent);
  }
}
