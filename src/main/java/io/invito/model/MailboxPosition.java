package io.invito.model;

/**
 * How far a mailbox folder has been read: its UIDVALIDITY and the highest UID read. A different
 * UIDVALIDITY (or folder) means the UIDs no longer say what is new.
 */
public record MailboxPosition(String folder, long uidValidity, long lastUid) {}
