package io.invito.bench;

import io.invito.parse.Extraction;
import io.invito.parse.Extractor;
import io.invito.parse.ParseInput;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What {@code invito extract} costs, on one thread: a generated corpus of RSS feeds, HTML pages
 * (JSON-LD, microdata, h-event) and iCalendar files is read several times after a warm-up, and
 * events per second, MB per second and peak heap are printed per format; then one 10,000-item feed
 * is read alone with its time and heap growth. Throughput is per CPU second of the reading thread
 * (wall time is printed beside it): on a shared machine wall time measures the neighbours. Not a
 * test: run it as docs/benchmarks.md says.
 */
public final class ExtractBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.ThreadMXBean ALLOCATED =
      (com.sun.management.ThreadMXBean) CPU;
  private static final int WARMUPS = 3;
  private static final int RUNS = 5;
  private static final String[] WORDS =
      ("webinar corso seminario evento online formazione "
              + "impresa digitale fiscale lavoro sicurezza marketing vendite export innovazione "
              + "the and of to in for with our new data cloud security team")
          .split(" ");

  private ExtractBenchmark() {}

  public static void main(String[] args) {
    Random random = new Random(42);
    List<byte[]> feeds = new ArrayList<>();
    List<byte[]> pages = new ArrayList<>();
    List<byte[]> calendars = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      feeds.add(feed(random, 50));
    }
    for (int i = 0; i < 400; i++) {
      pages.add(page(random, i));
    }
    for (int i = 0; i < 200; i++) {
      calendars.add(calendar(random, 40));
    }
    Extractor extractor = new Extractor();
    if (Arrays.asList(args).contains("big")) {
      bigFeed(extractor, random);
      return;
    }
    System.out.printf(
        "invito extract benchmark, one thread, %d warm-up + %d measured runs, "
            + "Java %s, max heap %d MB%n",
        WARMUPS, RUNS, System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    measure("feeds (RSS)", feeds, extractor);
    measure("pages (HTML)", pages, extractor);
    measure("calendars (ICS)", calendars, extractor);
    List<byte[]> plain = realWorldPages();
    if (!plain.isEmpty()) {
      measure("real pages (HTML)", plain, extractor);
    }
    bigFeed(extractor, random);
  }

  /**
   * The real pages of {@code ../shared/realworld/}, most of them without event markup, read by the
   * plain-web reader: each copied ten times, so the run is long enough to time.
   */
  private static List<byte[]> realWorldPages() {
    List<byte[]> pages = new ArrayList<>();
    java.nio.file.Path root = java.nio.file.Path.of("../shared/realworld");
    if (!java.nio.file.Files.isDirectory(root)) {
      return pages;
    }
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
      for (java.nio.file.Path file :
          files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
        byte[] body = java.nio.file.Files.readAllBytes(file);
        for (int copy = 0; copy < 10; copy++) {
          pages.add(body);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return pages;
  }

  private static void measure(String label, List<byte[]> corpus, Extractor extractor) {
    long bytes = corpus.stream().mapToLong(body -> body.length).sum();
    for (int i = 0; i < WARMUPS; i++) {
      readAll(corpus, extractor);
    }
    double[] seconds = new double[RUNS];
    double[] wall = new double[RUNS];
    long events = 0;
    System.gc();
    resetPeaks();
    long before = usedHeap();
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      long cpu = CPU.getCurrentThreadCpuTime();
      events = readAll(corpus, extractor);
      seconds[run] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
      wall[run] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    Arrays.sort(wall);
    double median = seconds[RUNS / 2];
    System.out.printf(
        "%-16s %4d files %6.1f MB %6d events | CPU median %6.3f s (best %6.3f, "
            + "wall median %6.3f) | %6.1f MB/s %8.0f events/s | peak heap %4d MB "
            + "(before %d MB)%n",
        label,
        corpus.size(),
        bytes / 1e6,
        events,
        median,
        seconds[0],
        wall[RUNS / 2],
        bytes / 1e6 / median,
        events / median,
        peakHeap() >> 20,
        before >> 20);
  }

  /**
   * One 10,000-item feed read alone: CPU time, bytes allocated, the live-heap high-water mark (the
   * most the heap held right after a collection during a read) and the heap pools' peak, all
   * against the heap in use before the read. The pools' peak counts garbage the collector had not
   * yet needed to reclaim, so it follows the young generation's size, which the JVM picks from
   * {@code -Xmx}; run with a small {@code -Xmx} ({@code exec:exec@extract-big}) to see the read
   * fit.
   */
  private static void bigFeed(Extractor extractor, Random random) {
    byte[] body = feed(random, 10_000);
    URI url = URI.create("https://big.example/feed");
    for (int i = 0; i < WARMUPS; i++) {
      extractor.extract(ParseInput.of("big", url, body));
    }
    double[] seconds = new double[RUNS];
    long growth = 0;
    long live = 0;
    long allocated = 0;
    long before = 0;
    int events = 0;
    LiveHeap afterCollections = LiveHeap.watch();
    for (int run = 0; run < RUNS; run++) {
      System.gc();
      resetPeaks();
      before = usedHeap();
      afterCollections.reset();
      long bytes = ALLOCATED.getCurrentThreadAllocatedBytes();
      long cpu = CPU.getCurrentThreadCpuTime();
      events = extractor.extract(ParseInput.of("big", url, body)).events().size();
      seconds[run] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
      allocated = Math.max(allocated, ALLOCATED.getCurrentThreadAllocatedBytes() - bytes);
      growth = Math.max(growth, peakHeap() - before);
      live = Math.max(live, afterCollections.highest() - before);
    }
    Arrays.sort(seconds);
    System.out.printf(
        "10,000-item feed      %6.1f MB %6d events | CPU median %6.3f s (best %6.3f) | "
            + "allocated %d MB per read | live heap growth up to %d MB after %d collections | "
            + "pools' peak growth up to %d MB | heap before %d MB of at most %d MB%n",
        body.length / 1e6,
        events,
        seconds[RUNS / 2],
        seconds[0],
        allocated >> 20,
        Math.max(0, live) >> 20,
        afterCollections.collections(),
        growth >> 20,
        before >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long readAll(List<byte[]> corpus, Extractor extractor) {
    long events = 0;
    for (int i = 0; i < corpus.size(); i++) {
      Extraction extraction =
          extractor.extract(
              ParseInput.of(
                  "bench-" + i, URI.create("https://bench.example/source/" + i), corpus.get(i)));
      if (extraction.failed()) {
        throw new IllegalStateException("bench input " + i + " failed: " + extraction.error());
      }
      events += extraction.events().size();
    }
    return events;
  }

  static byte[] feed(Random random, int items) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Formazione</title>"
                + "<link>https://bench.example/</link><language>it</language>\n");
    LocalDate day = LocalDate.of(2026, 12, 1);
    for (int i = 0; i < items; i++) {
      LocalDate when = day.plusDays(random.nextInt(120));
      xml.append("<item><title>Webinar ")
          .append(words(random, 6))
          .append("</title>")
          .append("<link>/eventi/")
          .append(i)
          .append("</link><guid>g-")
          .append(i)
          .append("</guid>")
          .append("<pubDate>Mon, 16 Nov 2026 09:00:00 +0100</pubDate><category>Webinar</category>")
          .append("<description><![CDATA[<p>")
          .append(words(random, 60))
          .append(" il ")
          .append(when.getDayOfMonth())
          .append("/")
          .append(when.getMonthValue())
          .append("/")
          .append(when.getYear())
          .append(" dalle 15:00 alle 17:00 su ")
          .append("https://zoom.us/j/")
          .append(1_000_000 + i)
          .append(" ")
          .append(words(random, 40))
          .append("</p>]]></description></item>\n");
    }
    return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] page(Random random, int number) {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"it\"><head>"
                + "<meta charset=\"utf-8\"><title>Eventi</title><style>body{font:14px sans-serif}</style>"
                + "<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script>");
    html.append(
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@graph\":[");
    for (int i = 0; i < 3; i++) {
      html.append(i == 0 ? "" : ",")
          .append("{\"@type\":\"EducationEvent\",\"name\":\"Corso ")
          .append(words(random, 5))
          .append("\",\"startDate\":\"2026-12-1")
          .append(i)
          .append("T17:30:00+01:00\",\"eventAttendanceMode\":")
          .append("\"https://schema.org/OnlineEventAttendanceMode\",\"location\":{\"@type\":")
          .append("\"VirtualLocation\",\"url\":\"https://meet.google.com/abc-")
          .append(i)
          .append("\"},\"offers\":{\"@type\":\"Offer\",\"price\":\"0\"},\"url\":\"/e/")
          .append(number)
          .append("-")
          .append(i)
          .append("\"}");
    }
    html.append("]}</script></head><body><nav>");
    for (int i = 0; i < 40; i++) {
      html.append("<a href=\"/sezione/")
          .append(i)
          .append("\">")
          .append(words(random, 2))
          .append("</a> ");
    }
    html.append("</nav><main>");
    for (int i = 0; i < 2; i++) {
      html.append("<article itemscope itemtype=\"https://schema.org/BusinessEvent\">")
          .append("<h2 itemprop=\"name\">Incontro ")
          .append(words(random, 4))
          .append("</h2>")
          .append("<time itemprop=\"startDate\" datetime=\"2027-01-0")
          .append(i + 1)
          .append("T10:00\">gennaio</time><div itemprop=\"location\" itemscope ")
          .append("itemtype=\"https://schema.org/Place\"><span itemprop=\"name\">Sala ")
          .append(i)
          .append("</span></div></article>");
    }
    html.append("<div class=\"h-event\"><span class=\"p-name\">Meetup ")
        .append(words(random, 3))
        .append("</span><time class=\"dt-start\" datetime=\"2027-02-03T18:00\">3 feb</time>")
        .append("</div>");
    for (int i = 0; i < 30; i++) {
      html.append("<p>").append(words(random, 120)).append("</p>");
    }
    html.append("</main><footer>").append(words(random, 80)).append("</footer></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] calendar(Random random, int events) {
    StringBuilder ics =
        new StringBuilder(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                + "PRODID:-//bench//EN\r\nX-WR-TIMEZONE:Europe/Rome\r\nBEGIN:VTIMEZONE\r\n"
                + "TZID:Europe/Rome\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                + "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                + "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n");
    for (int i = 0; i < events; i++) {
      int day = 1 + random.nextInt(28);
      ics.append("BEGIN:VEVENT\r\nUID:ev-")
          .append(i)
          .append("@bench\r\nDTSTAMP:20261101T000000Z")
          .append("\r\nDTSTART;TZID=Europe/Rome:202612")
          .append(String.format("%02d", day))
          .append("T173000\r\nDTEND;TZID=Europe/Rome:202612")
          .append(String.format("%02d", day))
          .append("T190000\r\nSUMMARY:Webinar ")
          .append(words(random, 5))
          .append("\r\nDESCRIPTION:")
          .append(words(random, 50))
          .append(" https://zoom.us/j/123\r\nLOCATION:Online\r\nCATEGORIES:Webinar,Fisco\r\n");
      if (i % 10 == 0) {
        ics.append("RRULE:FREQ=WEEKLY;COUNT=6\r\n");
      }
      ics.append("END:VEVENT\r\n");
    }
    return ics.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound on peak heap. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
