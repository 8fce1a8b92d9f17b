package io.invito.digest;

import io.invito.config.Owner;
import io.invito.model.Contact;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.SourceHealth;
import io.invito.model.Week;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Everything one weekly digest shows: the week's events with the contacts suggested for each, and
 * how the sources are doing.
 *
 * @param generatedAt the only clock reading in the output, so the same digest renders the same
 * @param previousDigestAt when the last digest was made, for the new and rescheduled markers;
 *     {@link Instant#EPOCH} when there was none (then nothing is marked new)
 */
public record Digest(
    Week week,
    Owner owner,
    Instant generatedAt,
    List<Entry> entries,
    List<SourceHealth> sources,
    Instant previousDigestAt) {

  public Digest {
    entries = List.copyOf(entries);
    sources = List.copyOf(sources);
  }

  /** One event of the week and who to invite to it. */
  public record Entry(KnownEvent event, List<Suggestion> suggestions) {
    public Entry {
      suggestions = List.copyOf(suggestions);
    }
  }

  /**
   * A contact suggested for an event.
   *
   * @param drafts the draft files written for them, relative to the output folder
   */
  public record Suggestion(Contact contact, Match match, List<Path> drafts) {
    public Suggestion {
      drafts = List.copyOf(drafts);
    }
  }
}
