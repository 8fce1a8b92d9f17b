package io.invito.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the corpus bench/compare.sh reads with invito and with the libraries a user would pick
 * instead: {@code feeds/} (400 RSS feeds of 60 items), {@code big/} (one feed of 10,000 items),
 * {@code pages/} (400 HTML pages with JSON-LD, microdata and h-event markup) and {@code calendars/}
 * (100 calendars of 20 VEVENTs), from a fixed seed and the generators of {@link ExtractBenchmark}.
 * Not a test: {@code CorpusGenerator DIR}.
 */
public final class CorpusGenerator {
  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-corpus");
    Random random = new Random(18);
    write(dir.resolve("feeds"), 400, "xml", i -> ExtractBenchmark.feed(random, 60));
    write(dir.resolve("big"), 1, "xml", i -> ExtractBenchmark.feed(random, 10_000));
    write(dir.resolve("pages"), 400, "html", i -> ExtractBenchmark.page(random, i));
    write(dir.resolve("calendars"), 100, "ics", i -> ExtractBenchmark.calendar(random, 20));
  }

  private interface Document {
    byte[] make(int number);
  }

  private static void write(Path folder, int count, String suffix, Document document)
      throws IOException {
    Files.createDirectories(folder);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      byte[] body = document.make(i);
      Files.write(folder.resolve(String.format("%04d.%s", i, suffix)), body);
      bytes += body.length;
    }
    System.out.printf("%s: %d files, %.1f MB%n", folder, count, bytes / 1e6);
  }
}
