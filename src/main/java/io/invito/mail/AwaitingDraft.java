package io.invito.mail;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An e-mail draft not yet known to be sent: its id, when it was made (mail sent before cannot be
 * it), and its {@code .eml} file, whose To and Subject identify it when the mail lost our header.
 */
public record AwaitingDraft(String invitationId, Instant createdAt, Path eml) {}
