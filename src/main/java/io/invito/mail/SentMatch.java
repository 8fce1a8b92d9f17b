package io.invito.mail;

import java.time.Instant;

/**
 * A draft found sent.
 *
 * @param sentAt the sent message's Date, else when the server received it
 * @param by how it was recognised: {@code X-Invito-Id}, or {@code recipient and subject}
 */
public record SentMatch(String invitationId, Instant sentAt, String by) {}
