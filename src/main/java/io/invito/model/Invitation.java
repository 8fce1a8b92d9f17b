package io.invito.model;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A written draft invitation of one contact to one event, on one channel.
 *
 * @param week the ISO week it was drafted for, {@code 2026-W49}
 * @param path the draft file, relative to the output folder
 * @param contentHash a hash of what was written, so a re-run that changes nothing writes nothing
 */
public record Invitation(
    String id,
    String eventId,
    String contactId,
    Channel channel,
    String week,
    Path path,
    String contentHash,
    Status status,
    Instant createdAt) {

  /** The life of a draft: the owner sends it or skips it; a changed event supersedes it. */
  public enum Status {
    DRAFTED,
    SENT,
    SKIPPED,
    SUPERSEDED
  }
}
