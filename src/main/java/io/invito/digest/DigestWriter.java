package io.invito.digest;

import java.nio.file.Path;
import java.util.List;

/** Writes the weekly digest as {@code <output>/digest/<week>.md} and {@code .html}. */
public final class DigestWriter {
  private final Path outputDir;

  public DigestWriter(Path outputDir) {
    this.outputDir = outputDir;
  }

  /**
   * Renders and writes both files atomically; a file already holding the same text is left
   * untouched. Returns the two paths, Markdown first.
   */
  public List<Path> write(Digest digest) {
    Page page = Page.of(digest, outputDir);
    Path folder = outputDir.resolve("digest");
    Path markdown = folder.resolve(digest.week() + ".md");
    Path html = folder.resolve(digest.week() + ".html");
    AtomicFile.write(markdown, new MarkdownRenderer().render(page));
    AtomicFile.write(html, new HtmlRenderer().render(page));
    return List.of(markdown, html);
  }
}
