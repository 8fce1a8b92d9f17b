package io.invito.model;

/**
 * One reason a contact suits an event, kept structured so each output can say it in the reader's
 * language: the draft in the contact's, the digest in the owner's.
 *
 * @param kind what matched
 * @param term the contact's side: the interest, role or company
 * @param found the event's side: the word or phrase that met it
 * @param where the event field it was found in: title, description, topics, organiser
 */
public record Reason(Kind kind, String term, String found, String where) {

  /** What of the contact met the event. */
  public enum Kind {
    INTEREST,
    ROLE,
    COMPANY,
    NOTES,
    LANGUAGE
  }
}
