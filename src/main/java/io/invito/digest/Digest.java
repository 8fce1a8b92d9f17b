package io.invito.digest;

import io.invito.config.Owner;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.SourceHealth;
import io.invito.model.Week;
import io.invito.model.WeekPost;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything one weekly digest shows: the week's events with the contacts suggested for each, and
 * how the sources are doing.
 *
 * @param generatedAt the only clock reading in the output, so the same digest renders the same
 * @param post the week's public post written beside it, when there is one
 * @param previousDigestAt when the last digest was made, for the new and rescheduled markers;
 *     {@link Instant#EPOCH} when there was none (then nothing is marked new)
 */
public record Digest(
    Week week,
    Owner owner,
    Instant generatedAt,
    List<Entry> entries,
    List<SourceHealth> sources,
    Instant previousDigestAt,
    Optional<WeekPost> post) {

  public Digest {
    entries = List.copyOf(entries);
    sources = List.copyOf(sources);
  }

  /** A digest with no public post beside it. */
  public Digest(
      Week week,
      Owner owner,
      Instant generatedAt,
      List<Entry> entries,
      List<SourceHealth> sources,
      Instant previousDigestAt) {
    this(week, owner, generatedAt, entries, sources, previousDigestAt, Optional.empty());
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
   * @param drafts the drafts written for them, with what each says when it could be read back
   */
  public record Suggestion(Contact contact, Match match, List<DraftFile> drafts) {
    public Suggestion {
      drafts = List.copyOf(drafts);
    }

    /** A suggestion whose drafts are known only by their files (nothing to put in a link). */
    public static Suggestion ofFiles(Contact contact, Match match, List<Path> files) {
      return new Suggestion(
          contact,
          match,
          files.stream()
              .map(file -> new DraftFile(DraftFile.channelOf(file), file, Optional.empty(), ""))
              .toList());
    }
  }

  /**
   * One draft: its channel, its file (relative to the output folder), and its text ready for a
   * link.
   *
   * @param subject the e-mail's subject; empty for notes
   * @param text the message as written in the file; empty when the file could not be read back
   */
  public record DraftFile(Channel channel, Path path, Optional<String> subject, String text) {
    /** The channel a draft file name says: {@code .eml}, {@code .whatsapp.txt}, ... */
    static Channel channelOf(Path file) {
      String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
      for (Channel channel : Channel.values()) {
        if (name.endsWith("." + channel.name().toLowerCase(Locale.ROOT) + ".txt")) {
          return channel;
        }
      }
      return Channel.EMAIL;
    }
  }
}
