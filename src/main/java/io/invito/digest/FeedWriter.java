package io.invito.digest;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.WireFeedOutput;
import io.invito.model.Week;
import io.invito.output.AtomicFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;

/**
 * Keeps {@code digest/feed.xml}: an Atom feed with one entry per weekly digest, newest week first,
 * so a feed reader can follow the digests. The entries of earlier weeks are read back from the
 * file; a file Rome cannot read is moved aside rather than allowed to stop the digest.
 */
final class FeedWriter {
  static final String FEED_ID = "urn:invito:digest";
  static final String ENTRY_ID = "urn:invito:digest:";
  static final int KEEP = 52;
  private static final Logger LOG = LoggerFactory.getLogger(FeedWriter.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Newest week first; entries some other tool added (no week in the id) after, newest first. */
  private static final Comparator<Entry> NEWEST_FIRST =
      Comparator.comparing(
              (Entry entry) -> week(entry.getId()).orElse(null),
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Entry::getUpdated, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Entry::getId, Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * Puts this week's entry into the feed at {@code file} (replacing the entry with the same id),
   * keeps the newest {@value #KEEP}, and writes the file atomically. Returns false when the file
   * already held exactly that.
   *
   * @param htmlLink where the entry links to: the HTML digest, relative to the feed or absolute
   */
  boolean write(Path file, Digest digest, Page page, String htmlLink) {
    String id = ENTRY_ID + digest.week();
    List<Entry> entries = new ArrayList<>(earlier(file, digest.generatedAt()));
    entries.removeIf(entry -> id.equals(entry.getId()));
    entries.add(entry(id, digest, page, htmlLink));
    entries.sort(NEWEST_FIRST);
    List<Entry> kept = List.copyOf(entries.subList(0, Math.min(KEEP, entries.size())));

    Feed feed = new Feed("atom_1.0");
    feed.setId(FEED_ID);
    feed.setTitle(page.labels().get("feed.title"));
    Person author = new Person();
    author.setName(DigestText.oneLine(digest.owner().name()));
    feed.setAuthors(List.of(author));
    // The newest entry's time, not the clock's: an unchanged feed rewrites to the same bytes.
    feed.setUpdated(
        kept.stream()
            .map(Entry::getUpdated)
            .filter(date -> date != null)
            .max(Comparator.naturalOrder())
            .orElse(Date.from(digest.generatedAt())));
    feed.setEntries(new ArrayList<>(kept));
    try {
      return AtomicFile.write(file, new WireFeedOutput().outputString(feed, true));
    } catch (FeedException e) {
      throw new IllegalStateException("Rome cannot print the digest feed: " + e.getMessage(), e);
    }
  }

  private static Entry entry(String id, Digest digest, Page page, String htmlLink) {
    Entry entry = new Entry();
    entry.setId(id);
    entry.setTitle(page.heading() + " · " + page.range());
    entry.setUpdated(Date.from(digest.generatedAt()));
    Link link = new Link();
    link.setRel("alternate");
    link.setType("text/html");
    link.setHref(htmlLink);
    entry.setAlternateLinks(List.of(link));
    Content content = new Content();
    content.setType(Content.HTML);
    content.setValue(new FeedSummary().render(page));
    entry.setContents(List.of(content));
    return entry;
  }

  /** The entries already in the feed; none when there is no feed or it had to be moved aside. */
  private static List<Entry> earlier(Path file, Instant now) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    WireFeedInput input = new WireFeedInput(false, Locale.ROOT);
    input.setXmlHealerOn(false); // we wrote it: anything needing healing is damage, not style
    String problem;
    try {
      WireFeed read = input.build(new InputSource(new ByteArrayInputStream(bytes)));
      if (read instanceof Feed feed && FEED_ID.equals(feed.getId())) {
        return feed.getEntries();
      }
      problem =
          "it is a " + read.getFeedType() + " feed with id " + feedId(read) + ", not invito's";
    } catch (FeedException | IllegalArgumentException e) {
      problem = e.getMessage();
    }
    Path aside = moveAside(file, now);
    LOG.warn(
        "{} could not be read ({}); moved it to {} and started a new feed",
        file,
        problem,
        aside.getFileName());
    return List.of();
  }

  private static String feedId(WireFeed feed) {
    return feed instanceof Feed atom ? String.valueOf(atom.getId()) : "none";
  }

  private static Path moveAside(Path file, Instant now) {
    String base = file.getFileName() + ".broken-" + STAMP.format(now);
    for (int attempt = 1; ; attempt++) {
      Path aside = file.resolveSibling(attempt == 1 ? base : base + "-" + attempt);
      try {
        return Files.move(file, aside);
      } catch (FileAlreadyExistsException e) {
        LOG.debug("{} exists, trying the next name", aside);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot move the broken " + file + " aside: " + e.getMessage(), e);
      }
    }
  }

  /** The week in an entry id of ours, {@code urn:invito:digest:2026-W49}. */
  static Optional<Week> week(String id) {
    if (id == null || !id.startsWith(ENTRY_ID)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Week.parse(id.substring(ENTRY_ID.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // someone else's entry: kept, sorted after ours
    }
  }
}
