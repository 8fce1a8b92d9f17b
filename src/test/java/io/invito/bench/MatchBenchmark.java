package io.invito.bench;

import io.invito.config.Language;
import io.invito.config.MatchSettings;
import io.invito.match.Matcher;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.Formality;
import io.invito.model.Match;
import io.invito.testing.ContactBuilder;
import io.invito.testing.EventBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Times {@link Matcher#match} on 10,000 upcoming events against 10,000, 50,000 and 100,000
 * contacts, with realistic Italian and English text generated from a fixed seed. Not a test: timing
 * belongs here. Run with {@code mvn -o -q -Pbench test-compile exec:exec} (see docs/benchmarks.md);
 * arguments, if given, are the contact counts.
 */
public final class MatchBenchmark {
  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final int EVENTS = 10_000;

  private MatchBenchmark() {}

  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {10_000, 50_000, 100_000}
            : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    Random random = new Random(20261201L);
    List<Event> events = new ArrayList<>(EVENTS);
    for (int index = 0; index < EVENTS; index++) {
      events.add(event(random, index));
    }
    int largest = java.util.Arrays.stream(sizes).max().orElse(0);
    List<Contact> contacts = new ArrayList<>(largest);
    for (int index = 0; index < largest; index++) {
      contacts.add(contact(random, index));
    }
    Matcher matcher = new Matcher(MatchSettings.defaults());
    System.out.printf("warm-up: %s%n", run(matcher, events, contacts.subList(0, 2_000)));
    System.out.printf(
        "%d cores, max heap %d MiB, %d events%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, EVENTS);
    System.out.printf(
        "load average at start: %.1f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("| contacts | events | wall time | CPU time | peak heap | matches |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    for (int size : sizes) {
      System.out.println(run(matcher, events, contacts.subList(0, size)));
    }
  }

  private static String run(Matcher matcher, List<Event> events, List<Contact> contacts) {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpuStart = cpuNanos();
    long start = System.nanoTime();
    List<Match> matches = matcher.match(events, contacts, NOW, Map.of(), Set.of());
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (cpuNanos() - cpuStart) / 1_000_000;
    // Each pool's own peak, summed: an upper bound on the heap in use at any one moment.
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return "| %,d | %,d | %.1f s | %.1f s | %,d MiB | %,d |"
        .formatted(
            contacts.size(),
            events.size(),
            millis / 1000.0,
            cpuMillis / 1000.0,
            peak >> 20,
            matches.size());
  }

  /** CPU time of the whole process (all threads, JIT and GC included): fair on a busy machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static Event event(Random random, int index) {
    boolean italian = random.nextInt(10) < 6;
    Vocabulary.Topic main = Vocabulary.topic(random);
    Vocabulary.Topic second = Vocabulary.topic(random);
    String title =
        italian
            ? Vocabulary.pick(random, Vocabulary.TITLES_IT).formatted(main.it(), second.it())
            : Vocabulary.pick(random, Vocabulary.TITLES_EN).formatted(main.en(), second.en());
    StringBuilder description = new StringBuilder();
    for (int sentence = 0; sentence < 3 + random.nextInt(3); sentence++) {
      Vocabulary.Topic topic = sentence == 0 ? main : Vocabulary.topic(random);
      description
          .append(
              italian
                  ? Vocabulary.pick(random, Vocabulary.SENTENCES_IT).formatted(topic.it())
                  : Vocabulary.pick(random, Vocabulary.SENTENCES_EN).formatted(topic.en()))
          .append(' ');
    }
    List<String> topics =
        italian ? List.of(main.it(), second.it()) : List.of(main.en(), second.en());
    ZonedDateTime start =
        NOW.atZone(ROME)
            .plusDays(1 + random.nextInt(13))
            .withHour(8 + random.nextInt(12))
            .withMinute(random.nextBoolean() ? 0 : 30);
    return EventBuilder.webinar()
        .id("event-" + index)
        .title(title)
        .description(description.toString().strip())
        .start(start)
        .end(start.plusHours(1))
        .platform("Zoom")
        .interactive(true)
        .language(italian ? "it" : "en")
        .free(true)
        .organizer(Vocabulary.organizer(random))
        .topics(topics)
        .sources("bench")
        .build();
  }

  private static Contact contact(Random random, int index) {
    boolean italian = random.nextInt(10) < 7;
    List<String> interests = new ArrayList<>();
    for (int count = 0; count < 2 + random.nextInt(3); count++) {
      Vocabulary.Topic topic = Vocabulary.topic(random);
      interests.add(italian == random.nextInt(5) > 0 ? topic.it() : topic.en());
    }
    List<Language> languages =
        italian
            ? (random.nextBoolean() ? List.of(Language.IT, Language.EN) : List.of(Language.IT))
            : List.of(Language.EN);
    String notes =
        random.nextInt(5) == 0
            ? Vocabulary.pick(random, Vocabulary.NOTES).formatted(Vocabulary.topic(random).it())
            : null;
    // The random draws are made in the order they always were, so the seed gives the same contacts.
    return ContactBuilder.italian()
        .id("contact-" + index)
        .name(
            Vocabulary.pick(random, Vocabulary.FIRST_NAMES),
            Vocabulary.pick(random, Vocabulary.LAST_NAMES))
        .email("contact" + index + "@example.com")
        .company(Vocabulary.company(random))
        .role(Vocabulary.pick(random, Vocabulary.ROLES))
        .interests(interests)
        .languages(languages)
        .zone(Vocabulary.pick(random, Vocabulary.ZONES))
        .formality(random.nextBoolean() ? Formality.FORMAL : Formality.INFORMAL)
        .optOut(random.nextInt(50) == 0)
        .notes(notes)
        .build();
  }
}
