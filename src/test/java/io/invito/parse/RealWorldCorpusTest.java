package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.invito.event.Classifier;
import io.invito.event.Judgement;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-labelled real pages, feeds and calendars of {@code ../shared/realworld/}, read as a run
 * reads a source (extract, then judge) and scored against what a careful reader reports: event
 * recall, precision and start accuracy, printed for the build's record and held to issue 13's
 * targets. It is a development set: the rules are written for the forms pages use, never for one
 * file, and the same figures are measured elsewhere on pages nobody here has seen.
 *
 * <p>A reported event matches a labelled one on the same start day, the closest title winning; an
 * event reported where the label lists an optional item (an undated announcement, a recap) is
 * neither right nor wrong. The start is right when it is the same instant, or the same wall-clock
 * time where the page states no zone (a date-only label asks for the day alone).
 */
class RealWorldCorpusTest {
  // Issue 13's targets: recall 0.90, precision 0.95 and start accuracy 0.90.
  static final double RECALL_TARGET = 0.90;
  static final double PRECISION_TARGET = 0.95;
  static final double START_TARGET = 0.90;
  // The files' own dates run from 2008 to 2026; "today" for relative words and recurrences is the
  // day the corpus was labelled, so the figures do not move with the calendar.
  private static final Clock LABELLED =
      Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

  private static Score score;

  @BeforeAll
  static void scoreCorpus() {
    Optional<Path> root = root();
    assumeTrue(root.isPresent(), "skipped: ../shared/realworld is not beside the checkout");
    score = new Score();
    Extractor extractor = new Extractor(LABELLED);
    Classifier classifier = new Classifier();
    for (JsonNode label : Conformance.json(root.get().resolve("labels.json"))) {
      score.file(root.get(), label, extractor, classifier);
    }
    score.print();
  }

  @Test
  void findsTheLabelledEventsOfRealPagesFeedsAndCalendars() {
    assertThat(score.recall()).as("event recall").isGreaterThanOrEqualTo(RECALL_TARGET);
  }

  @Test
  void reportsNoEventACarefulReaderWouldNot() {
    assertThat(score.precision()).as("event precision").isGreaterThanOrEqualTo(PRECISION_TARGET);
  }

  @Test
  void readsTheStartAsThePageWritesIt() {
    assertThat(score.startAccuracy()).as("start accuracy").isGreaterThanOrEqualTo(START_TARGET);
  }

  static Optional<Path> root() {
    return Stream.of(Path.of("../shared/realworld"), Path.of("/work/shared/realworld"))
        .filter(path -> Files.isRegularFile(path.resolve("labels.json")))
        .findFirst();
  }

  /** What the pipeline keeps from one file: the accepted events, with their raw times. */
  static List<RawEvent> accepted(
      Path file, String relative, ZoneId zone, Extractor extractor, Classifier classifier) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The site's own address, as a source would be configured: its path carries dates too.
    String path = relative.substring(relative.indexOf('/') + 1).replaceFirst("index\\.html$", "");
    URI base =
        URI.create("https://" + relative.substring(0, relative.indexOf('/')) + ".test/")
            .resolve(path.replace(" ", "%20"));
    Extraction extraction = extractor.extract(ParseInput.of(relative, base, bytes).withZone(zone));
    List<RawEvent> kept = new ArrayList<>();
    for (RawEvent raw : extraction.events()) {
      Judgement judgement = classifier.classify(raw, zone);
      if (judgement instanceof Judgement.Accepted) {
        kept.add(raw);
      } else if (Boolean.getBoolean("realworld.details")
          && judgement instanceof Judgement.Rejected rejected) {
        System.out.println(
            "  rejected     "
                + relative
                + ": '"
                + raw.title()
                + "' "
                + raw.start().map(EventTime::toString).orElse("-")
                + " as "
                + rejected.rejection().reason());
      }
    }
    return kept;
  }

  /** The tally over the corpus, and a line per miss for whoever improves the reader. */
  static final class Score {
    private int labelled;
    private int found;
    private int reported;
    private int wrong;
    private int startRight;
    private final List<String> lines = new ArrayList<>();

    void file(Path root, JsonNode label, Extractor extractor, Classifier classifier) {
      String relative = label.path("file").asText();
      ZoneId zone = ZoneId.of(label.path("zone").asText("UTC"));
      List<RawEvent> events =
          accepted(root.resolve(relative), relative, zone, extractor, classifier);
      List<JsonNode> expected = new ArrayList<>();
      label.path("events").forEach(expected::add);
      List<JsonNode> optional = new ArrayList<>();
      label.path("optional").forEach(optional::add);
      labelled += expected.size();
      reported += events.size();
      Set<JsonNode> taken = new HashSet<>();
      int fileFound = 0;
      int fileWrong = 0;
      for (RawEvent event : events) {
        Optional<JsonNode> match = best(event, expected, taken, zone);
        if (match.isPresent()) {
          taken.add(match.get());
          fileFound++;
          if (startRight(event.start().get(), match.get(), zone)) {
            startRight++;
          } else {
            lines.add(
                "  wrong start  "
                    + relative
                    + ": '"
                    + event.title()
                    + "' "
                    + event.start().get()
                    + " expected "
                    + match.get().path("start").asText());
          }
        } else if (best(event, optional, Set.of(), zone).isEmpty()) {
          fileWrong++;
          lines.add(
              "  extra        "
                  + relative
                  + ": '"
                  + event.title()
                  + "' "
                  + event.start().map(EventTime::toString).orElse("-"));
        }
      }
      found += fileFound;
      wrong += fileWrong;
      for (JsonNode missed : expected) {
        if (!taken.contains(missed)) {
          lines.add(
              "  missed       "
                  + relative
                  + ": '"
                  + missed.path("title").asText()
                  + "' "
                  + missed.path("start").asText());
        }
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "%-3s %2d/%-2d found, %d extra  %s",
              label.path("negative").asBoolean() ? "neg" : "",
              fileFound,
              expected.size(),
              fileWrong,
              relative));
    }

    /** The unmatched label on the event's start day whose title shares the most words with it. */
    private static Optional<JsonNode> best(
        RawEvent event, List<JsonNode> candidates, Set<JsonNode> taken, ZoneId zone) {
      if (event.start().isEmpty()) {
        return Optional.empty();
      }
      LocalDate day = day(event.start().get(), zone);
      JsonNode best = null;
      double bestScore = -1;
      for (JsonNode candidate : candidates) {
        String start = candidate.path("start").asText("");
        if (taken.contains(candidate) || start.length() < 10) {
          continue;
        }
        LocalDate labelDay = LocalDate.parse(start.substring(0, 10));
        if (!labelDay.equals(day)
            && !labelDay.equals(labelledDay(event.start().get(), candidate))) {
          continue;
        }
        double overlap = overlap(event.title(), candidate.path("title").asText());
        if (overlap > bestScore) {
          best = candidate;
          bestScore = overlap;
        }
      }
      return Optional.ofNullable(best);
    }

    /** The event's day in the zone its label is written in. */
    private static LocalDate labelledDay(EventTime time, JsonNode label) {
      if (!time.zoneStated() || time.allDay()) {
        return time.local().toLocalDate();
      }
      return time.resolve(writtenZone(label)).toLocalDate();
    }

    private static LocalDate day(EventTime time, ZoneId zone) {
      return time.zoneStated() && !time.allDay()
          ? time.resolve(zone).toLocalDate()
          : time.local().toLocalDate();
    }

    private static ZoneId writtenZone(JsonNode label) {
      String written = label.path("written_zone").asText("");
      return written.isEmpty() ? ZoneOffset.UTC : ZoneId.of(written);
    }

    private static boolean startRight(EventTime time, JsonNode label, ZoneId zone) {
      String start = label.path("start").asText();
      if (start.length() == 10) {
        return labelledDay(time, label).toString().equals(start)
            || day(time, zone).toString().equals(start);
      }
      LocalDateTime expected = LocalDateTime.parse(start);
      if (time.allDay()) {
        return false;
      }
      if (!time.zoneStated()) {
        return time.local().equals(expected);
      }
      String written = label.path("written_zone").asText("");
      ZoneId labelZone = written.isEmpty() ? zone : ZoneId.of(written);
      return time.resolve(labelZone).toInstant().equals(expected.atZone(labelZone).toInstant());
    }

    private static double overlap(String a, String b) {
      Set<String> left = words(a);
      Set<String> right = words(b);
      if (left.isEmpty() || right.isEmpty()) {
        return 0;
      }
      long shared = left.stream().filter(right::contains).count();
      return (double) shared / Math.min(left.size(), right.size());
    }

    private static Set<String> words(String text) {
      Set<String> words = new HashSet<>();
      for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() > 2) {
          words.add(word);
        }
      }
      return words;
    }

    double recall() {
      return labelled == 0 ? 1 : (double) found / labelled;
    }

    double precision() {
      return reported == 0 ? 1 : (double) (reported - wrong) / reported;
    }

    double startAccuracy() {
      return found == 0 ? 1 : (double) startRight / found;
    }

    void print() {
      if (Boolean.getBoolean("realworld.details")) {
        lines.forEach(System.out::println);
      }
      System.out.printf(
          Locale.ROOT,
          "realworld corpus: event recall %.3f (%d/%d), precision %.3f (%d reported, %d extra),"
              + " start accuracy %.3f (%d/%d)%n",
          recall(),
          found,
          labelled,
          precision(),
          reported,
          wrong,
          startAccuracy(),
          startRight,
          found);
    }
  }
}
