package io.invito.bench;

import io.invito.config.Config;
import io.invito.desk.DeskServer;
import io.invito.model.Event;
import io.invito.model.Match;
import io.invito.model.Reason;
import io.invito.pipeline.Pipeline;
import io.invito.testing.ConfigFolder;
import io.invito.testing.EventBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times the desk's week page, server-side, for a week of 500 events and a contacts file of 5,000
 * people (10 suggested per event, 5,000 suggestions): the real server on loopback, the real request
 * with its session, from the contacts file read to the last byte of HTML. Not a test: timing
 * belongs here. Run with {@code mvn -o -q -Pbench test-compile exec:exec@desk} (see
 * docs/benchmarks.md).
 */
public final class DeskBenchmark {
  private static final int EVENTS = 500;
  private static final int CONTACTS = 5_000;
  private static final int PER_EVENT = 10;
  private static final int RUNS = 30;
  private static final String[] TOPICS = {
    "sicurezza informatica", "cloud", "marketing digitale", "risorse umane", "export", "AI"
  };

  private DeskBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("invito-desk-bench-");
    Random random = new Random(20261206L);
    List<String> rows = new ArrayList<>();
    for (int index = 0; index < CONTACTS; index++) {
      rows.add(
          String.format(
              "c%05d,Nome%d,Cognome%d,c%d@example.it,%s,it,Europe/Rome,tu,email",
              index, index, index, index, TOPICS[random.nextInt(TOPICS.length)]));
    }
    Config config = ConfigFolder.at(dir).contacts(rows.toArray(String[]::new)).load();
    ZonedDateTime monday = ZonedDateTime.parse("2026-12-07T09:00:00+01:00[Europe/Rome]");
    List<Event> events = new ArrayList<>();
    List<Match> matches = new ArrayList<>();
    for (int index = 0; index < EVENTS; index++) {
      String topic = TOPICS[index % TOPICS.length];
      ZonedDateTime start = monday.plusHours(random.nextInt(24 * 6));
      events.add(
          EventBuilder.webinar()
              .id("ev" + index)
              .title("Webinar " + index + ": " + topic + " per le PMI")
              .description("Un incontro su " + topic + " con esempi e domande. ".repeat(8))
              .organizer("Organizzatore " + (index % 40))
              .start(start)
              .end(start.plusMinutes(90))
              .topics(topic)
              .sources("rss")
              .build());
      for (int pick = 0; pick < PER_EVENT; pick++) {
        matches.add(
            new Match(
                "ev" + index,
                String.format("c%05d", random.nextInt(CONTACTS)),
                random.nextDouble(),
                List.of(new Reason(Reason.Kind.INTEREST, topic, topic, "title"))));
      }
    }
    Instant now = Instant.parse("2026-12-06T18:00:00Z");
    try (Pipeline pipeline = Pipeline.open(config, Clock.fixed(now, java.time.ZoneOffset.UTC))) {
      pipeline.store().events().upsert(events, now);
      pipeline.store().matches().save(dedupe(matches), now);
    }
    Config served = config.withDesk(config.desk().withPort(0));
    try (Pipeline pipeline = Pipeline.open(served, Clock.systemUTC());
        DeskServer desk = DeskServer.start(pipeline, Clock.systemUTC())) {
      int port = desk.port();
      String token = desk.url().substring(desk.url().indexOf("token=") + 6);
      String login = get(port, "/?token=" + token, "");
      String cookie = login.replaceAll("(?s).*Set-Cookie: ([^;]+);.*", "$1");
      String target = "/?week=2026-W50";
      int bytes = get(port, target, cookie).length();
      for (int warm = 0; warm < 10; warm++) {
        get(port, target, cookie);
      }
      long[] times = new long[RUNS];
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        get(port, target, cookie);
        times[run] = System.nanoTime() - start;
      }
      Arrays.sort(times);
      System.out.printf(
          "%d cores, max heap %d MiB, load average %.1f%n",
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.println("| events | contacts | suggestions | page | median | p90 | max |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
      System.out.printf(
          "| %d | %d | %d | %d KiB | %.0f ms | %.0f ms | %.0f ms |%n",
          EVENTS,
          CONTACTS,
          dedupe(matches).size(),
          bytes >> 10,
          times[RUNS / 2] / 1e6,
          times[RUNS * 9 / 10] / 1e6,
          times[RUNS - 1] / 1e6);
    }
  }

  /** One match per event and contact, as the matcher makes them. */
  private static List<Match> dedupe(List<Match> matches) {
    java.util.Map<String, Match> unique = new java.util.LinkedHashMap<>();
    matches.forEach(match -> unique.putIfAbsent(match.eventId() + "|" + match.contactId(), match));
    return List.copyOf(unique.values());
  }

  /** The whole response, headers and body, over a loopback socket. */
  private static String get(int port, String target, String cookie) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + target
                  + " HTTP/1.1\r\nHost: 127.0.0.1:"
                  + port
                  + "\r\n"
                  + (cookie.isEmpty() ? "" : "Cookie: " + cookie + "\r\n")
                  + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
