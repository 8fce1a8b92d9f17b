package io.invito.cli;

import io.invito.config.ConfigException;
import java.util.Collection;
import java.util.List;

/**
 * Reads an id the way git reads a commit: in full, or by a prefix only one id has. A prefix that
 * several ids share is refused with the candidates named, never guessed at.
 */
final class IdPrefix {
  /** Shorter prefixes would match by accident as the drafts pile up. */
  static final int MIN_LENGTH = 4;

  private IdPrefix() {}

  /**
   * The one id {@code given} names among {@code ids}.
   *
   * @param what what the ids are, for the message: "draft"
   * @throws ConfigException naming the value when no id or several ids start with it
   */
  static String resolve(String given, Collection<String> ids, String what) {
    String prefix = given.strip();
    if (ids.contains(prefix)) {
      return prefix;
    }
    if (prefix.length() < MIN_LENGTH) {
      throw new ConfigException(
          "%s id '%s' is too short: give at least %d characters"
              .formatted(what, given, MIN_LENGTH));
    }
    List<String> candidates = ids.stream().filter(id -> id.startsWith(prefix)).sorted().toList();
    if (candidates.isEmpty()) {
      throw new ConfigException(
          "no %s with id '%s' (see %s list)"
              .formatted(what, given, what.equals("draft") ? "invites" : what + "s"));
    }
    if (candidates.size() > 1) {
      throw new ConfigException(
          "%s id '%s' is ambiguous: %s".formatted(what, given, String.join(", ", candidates)));
    }
    return candidates.get(0);
  }
}
