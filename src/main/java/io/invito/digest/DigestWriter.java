package io.invito.digest;

import io.invito.output.AtomicFile;
import io.invito.output.KillPoint;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the weekly digest into {@code <output>/digest/}: {@code <week>.md}, {@code <week>.html},
 * {@code <week>.ics}, and this week's entry in the Atom feed {@code feed.xml}.
 */
public final class DigestWriter {
  static final String FEED_FILE = "feed.xml";

  private final Path outputDir;
  private final Optional<URI> publishedAt;

  /** A writer whose feed links each entry to its HTML file by a path relative to the feed. */
  public DigestWriter(Path outputDir) {
    this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
    this.publishedAt = Optional.empty();
  }

  /**
   * A writer whose feed links to the HTML digests where the digest folder is published.
   *
   * @param publishedAt the http(s) URL of the digest folder, such as {@code
   *     https://example.org/invito/digest/}
   */
  public DigestWriter(Path outputDir, URI publishedAt) {
    this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
    String scheme = String.valueOf(publishedAt.getScheme()).toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || publishedAt.getHost() == null) {
      throw new IllegalArgumentException(
          "digest folder URL '" + publishedAt + "' is not an absolute http(s) URL");
    }
    String text = publishedAt.toString();
    this.publishedAt = Optional.of(URI.create(text.endsWith("/") ? text : text + "/"));
  }

  /**
   * Renders and writes the four files atomically; a file already holding the same bytes is left
   * untouched. Returns the paths: Markdown, HTML, iCalendar, feed.
   */
  public List<Path> write(Digest digest) {
    Page page = Page.of(digest, outputDir);
    Path folder = outputDir.resolve("digest");
    Path markdown = folder.resolve(digest.week() + ".md");
    Path html = folder.resolve(digest.week() + ".html");
    Path calendar = folder.resolve(digest.week() + ".ics");
    Path feed = folder.resolve(FEED_FILE);
    AtomicFile.write(markdown, new MarkdownRenderer().render(page));
    KillPoint.reach("digest.markdown");
    AtomicFile.write(html, new HtmlRenderer().render(page));
    KillPoint.reach("digest.html");
    AtomicFile.write(calendar, new CalendarRenderer().render(digest, page));
    KillPoint.reach("digest.calendar");
    String htmlName = html.getFileName().toString();
    new FeedWriter()
        .write(
            feed,
            digest,
            page,
            publishedAt.map(base -> base.resolve(htmlName).toString()).orElse(htmlName));
    KillPoint.reach("digest.feed");
    return List.of(markdown, html, calendar, feed);
  }
}
