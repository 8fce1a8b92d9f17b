package io.invito.bench;

import io.invito.event.Classifier;
import io.invito.event.Deduplicator;
import io.invito.event.Judgement;
import io.invito.model.RawEvent;
import io.invito.parse.Extraction;
import io.invito.parse.Extractor;
import io.invito.parse.ParseInput;
import io.invito.testing.HostileDocuments;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What the documents a fault trial used cost one source's reading now: a 15 MiB page of 45,000
 * JSON-LD events (460 s and 4.9 GB before), a feed of 100,000 items and a calendar of a million
 * lines (125,000 events; 31 s and 1.2 GB before), each extracted, judged and deduplicated as a run
 * does, on one thread. Prints wall time, the thread's CPU time, the peak of the heap pools and the
 * highest heap left after a collection. Not a test: run it as docs/benchmarks.md says, in a JVM
 * whose heap limit is the bound claimed.
 */
public final class HostileBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int RUNS = 3;

  private HostileBenchmark() {}

  public static void main(String[] args) {
    byte[] page = HostileDocuments.jsonLdPage(45_000, LocalDate.of(2027, 6, 1), 330);
    byte[] feed = HostileDocuments.feed(100_000, LocalDate.of(2027, 6, 1));
    byte[] calendar =
        HostileDocuments.manyLines(0, 125_000, LocalDate.of(2027, 6, 1))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    System.out.printf(
        "invito hostile-input benchmark, one thread, %d runs each after one warm-up, Java %s,"
            + " max heap %d MB%n",
        RUNS, System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    LiveHeap live = LiveHeap.watch();
    measure("15 MiB page, 45,000 JSON-LD events", page, live);
    measure("feed of 100,000 items", feed, live);
    measure("calendar of 1,000,000 lines", calendar, live);
  }

  private static void measure(String label, byte[] body, LiveHeap live) {
    read(body); // warm-up: the JIT compiles the parsers once, outside the figures
    for (int run = 1; run <= RUNS; run++) {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      live.reset();
      long cpu = CPU.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      Outcome outcome = read(body);
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
      System.out.printf(
          "%-36s %6.1f MB  run %d: wall %6.2f s  cpu %6.2f s  items kept %5d, events %5d,"
              + " merged %5d  peak heap %4d MiB  live after GC %4d MiB%n",
          label,
          body.length / 1e6,
          run,
          wallSeconds,
          cpuSeconds,
          outcome.items(),
          outcome.accepted(),
          outcome.merged(),
          peakHeap() >> 20,
          live.highest() >> 20);
    }
  }

  /** One source's content read as SourceReader reads it: extracted, judged, deduplicated. */
  private static Outcome read(byte[] body) {
    Extraction extraction =
        new Extractor()
            .extract(ParseInput.of("bench", URI.create("https://hostile.example/"), body));
    Classifier classifier = new Classifier();
    List<Judgement.Accepted> accepted = new ArrayList<>();
    for (RawEvent item : extraction.events()) {
      if (classifier.classify(item, ZoneId.of("Europe/Rome")) instanceof Judgement.Accepted yes) {
        accepted.add(yes);
      }
    }
    int merged = new Deduplicator().mergeAccepted(accepted).size();
    return new Outcome(extraction.events().size(), accepted.size(), merged);
  }

  private record Outcome(int items, int accepted, int merged) {}

  /** The sum of the heap pools' peaks since the last reset: an upper bound on peak heap. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
