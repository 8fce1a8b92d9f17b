package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.api.Test;

/**
 * {@link CommonRules} must give the dates ical4j's Recur gives, or decline: on every RRULE of the
 * conformance corpora, the real-world corpus, the test resources and the bench corpus's shapes, in
 * the windows the parser asks for (a series' next 90 days from several points, a VTIMEZONE's onsets
 * to 2100), and on rules generated from the shapes it reads.
 */
class CommonRulesTest {
  private static final int MAX = 200;
  private static final LocalDateTime ROUND_FOUR = LocalDateTime.of(2026, 12, 6, 3, 0);

  /** A rule as a calendar writes it, with the DTSTART it is expanded from. */
  private record Written(String rule, LocalDateTime seed, boolean allDay, String where) {}

  @Test
  void givesRecursDatesForEveryRuleOfTheCorpora() {
    List<Written> rules = corpusRules();
    int compared = 0;
    List<String> declined = new ArrayList<>();
    for (Written written : rules) {
      List<LocalDateTime> froms =
          List.of(
              written.seed(),
              written.seed().plusDays(1),
              written.seed().plusYears(1).minusDays(3),
              written.seed().plusMonths(7).plusHours(5),
              written.seed().isAfter(ROUND_FOUR) ? written.seed() : ROUND_FOUR);
      boolean all = true;
      for (LocalDateTime from : froms) {
        all &= same(written, from, from.plusDays(Recurrences.HORIZON_DAYS), MAX);
      }
      if (!written.allDay()) {
        all &= same(written, written.seed(), LocalDateTime.of(2100, 1, 1, 0, 0), 1000);
      }
      if (all) {
        compared++;
      } else {
        declined.add(written.rule());
      }
    }
    System.out.printf(
        "CommonRules: %d of %d corpus RRULEs read without Recur, same dates%n",
        compared, rules.size());
    assertThat(rules).hasSizeGreaterThan(1000);
    // Nearly all are the common shapes; the rest (BYSETPOS, BYHOUR, RSCALE, ...) stay Recur's.
    assertThat(compared).as("declined: %s", declined).isGreaterThan(rules.size() * 9 / 10);
  }

  @Test
  void givesRecursDatesForGeneratedRules() {
    Random random = new Random(18);
    String[] frequencies = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"};
    String[] days = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    int compared = 0;
    for (int i = 0; i < 6000; i++) {
      String frequency = frequencies[random.nextInt(4)];
      List<String> parts = new ArrayList<>(List.of("FREQ=" + frequency));
      if (random.nextInt(3) == 0) {
        parts.add("INTERVAL=" + (1 + random.nextInt(4)));
      }
      boolean allDay = random.nextInt(3) == 0;
      LocalDateTime seed =
          LocalDate.of(1995 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28))
              .plusDays(random.nextInt(4))
              .atTime(allDay ? 0 : random.nextInt(24), allDay ? 0 : 15 * random.nextInt(4));
      switch (random.nextInt(4)) {
        case 0 -> parts.add("COUNT=" + (1 + random.nextInt(40)));
        case 1 ->
            parts.add(
                "UNTIL="
                    + seed.plusDays(random.nextInt(3000))
                        .toString()
                        .replace("-", "")
                        .replace(":", "")
                        .substring(0, allDay || random.nextBoolean() ? 8 : 13)
                    + (allDay ? "" : "00"));
        default -> {}
      }
      boolean yearly = frequency.equals("YEARLY");
      if (yearly && random.nextInt(3) > 0) {
        parts.add("BYMONTH=" + distinct(random, 12, 1 + random.nextInt(3), 1));
      }
      boolean byMonth = parts.stream().anyMatch(part -> part.startsWith("BYMONTH="));
      boolean monthly = frequency.equals("MONTHLY") || byMonth;
      int shape = random.nextInt(3);
      if (shape == 1 && (monthly || frequency.equals("WEEKLY") || frequency.equals("DAILY"))) {
        List<String> chosen = new ArrayList<>();
        for (String day : distinct(random, 7, 1 + random.nextInt(3), 0).split(",")) {
          String ordinal =
              monthly && random.nextBoolean()
                  ? String.valueOf((random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(5)))
                  : "";
          chosen.add(ordinal + days[Integer.parseInt(day)]);
        }
        parts.add("BYDAY=" + String.join(",", chosen));
      } else if (shape == 2 && monthly) {
        List<String> chosen = new ArrayList<>();
        for (String day : distinct(random, 31, 1 + random.nextInt(3), 1).split(",")) {
          chosen.add((random.nextInt(4) == 0 ? "-" : "") + day);
        }
        parts.add("BYMONTHDAY=" + String.join(",", chosen));
      }
      java.util.Collections.shuffle(parts, random);
      Written written = new Written(String.join(";", parts), seed, allDay, "generated");
      LocalDateTime from = seed.plusDays(random.nextInt(2000) - 10);
      if (from.isBefore(seed)) {
        from = seed;
      }
      if (same(written, from, from.plusDays(Recurrences.HORIZON_DAYS), MAX)) {
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(5000);
  }

  @Test
  void declinesWhatItDoesNotRead() {
    LocalDateTime seed = LocalDateTime.of(2026, 3, 4, 18, 0);
    for (String rule :
        List.of(
            "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1",
            "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;BYHOUR=2",
            "FREQ=HOURLY;INTERVAL=2",
            "FREQ=WEEKLY;COUNT=3;UNTIL=20270101",
            "FREQ=YEARLY;BYDAY=20MO",
            "FREQ=WEEKLY;",
            "freq=weekly",
            "RSCALE=GREGORIAN;FREQ=YEARLY")) {
      assertThat(CommonRules.read(rule)).as(rule).isEmpty();
    }
    // Which days every other week means depends on where the week starts: Recur's to answer.
    assertThat(
            CommonRules.read("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH")
                .orElseThrow()
                .dates(seed, false, seed, seed.plusDays(90), MAX))
        .isEmpty();
    // A UTC UNTIL inside the window is compared in ical4j's default zone.
    assertThat(
            CommonRules.read("FREQ=DAILY;UNTIL=20260310T120000Z")
                .orElseThrow()
                .dates(seed, false, seed, seed.plusDays(90), MAX))
        .isEmpty();
  }

  @Test
  void expandsTheBenchCorpusShapes() {
    LocalDateTime seed = LocalDateTime.of(2026, 12, 10, 18, 30);
    assertThat(
            CommonRules.read("FREQ=WEEKLY;COUNT=6")
                .orElseThrow()
                .dates(seed, false, ROUND_FOUR, ROUND_FOUR.plusDays(90), MAX)
                .orElseThrow())
        .containsExactly(
            seed,
            seed.plusWeeks(1),
            seed.plusWeeks(2),
            seed.plusWeeks(3),
            seed.plusWeeks(4),
            seed.plusWeeks(5));
    LocalDateTime onset = LocalDateTime.of(1970, 3, 29, 2, 0);
    assertThat(
            CommonRules.read("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
                .orElseThrow()
                .dates(onset, false, onset, LocalDateTime.of(2100, 1, 1, 0, 0), 1000)
                .orElseThrow())
        .hasSize(130)
        .contains(LocalDateTime.of(2026, 3, 29, 2, 0), LocalDateTime.of(2027, 3, 28, 2, 0));
  }

  /** Whether CommonRules read the rule and gave Recur's dates; fails when they differ. */
  private static boolean same(Written written, LocalDateTime from, LocalDateTime to, int max) {
    Optional<List<LocalDateTime>> common =
        CommonRules.read(written.rule())
            .flatMap(
                rules ->
                    written.allDay()
                        ? rules.dates(
                            written.seed(),
                            true,
                            from.toLocalDate().atStartOfDay(),
                            to.toLocalDate().atStartOfDay(),
                            max)
                        : rules.dates(written.seed(), false, from, to, max));
    if (common.isEmpty()) {
      return false;
    }
    List<LocalDateTime> recur;
    try {
      recur = recur(written, from, to, max);
    } catch (IllegalArgumentException | DateTimeException | ClassCastException e) {
      throw new AssertionError(
          written + " from " + from + ": Recur failed (" + e + ") where CommonRules read it");
    }
    assertThat(common.get())
        .as("%s from %s to %s (%s)", written.rule(), written.seed(), from, written.where())
        .isEqualTo(recur);
    return true;
  }

  private static List<LocalDateTime> recur(
      Written written, LocalDateTime from, LocalDateTime to, int max) {
    IcsHints.apply();
    if (written.allDay()) {
      return new Recur<LocalDate>(written.rule())
              .getDates(written.seed().toLocalDate(), from.toLocalDate(), to.toLocalDate(), max)
              .stream()
              .map(LocalDate::atStartOfDay)
              .toList();
    }
    return new Recur<LocalDateTime>(written.rule()).getDates(written.seed(), from, to, max);
  }

  private static String distinct(Random random, int bound, int size, int first) {
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < size) {
      int next = first + random.nextInt(bound);
      if (!chosen.contains(next)) {
        chosen.add(next);
      }
    }
    return String.join(",", chosen.stream().map(String::valueOf).toList());
  }

  /** Every RRULE with a readable DTSTART in the calendars the parser is tested on. */
  private static List<Written> corpusRules() {
    List<Written> rules = new ArrayList<>();
    for (Path file : IcsLinesTest.calendars()) {
      String text;
      try {
        text =
            IcsBudget.bound(
                BodyDecoder.decode(Files.readAllBytes(file), Optional.empty()).text(),
                new ArrayList<>());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Optional<IcsTree.Component> calendar =
          IcsLines.read(text).or(() -> ical4j(text)).flatMap(IcsTree::calendar);
      calendar.ifPresent(root -> collect(root, file.toString(), rules));
    }
    // The bench corpus's shapes (target/bench-corpus is generated, not committed).
    rules.add(
        new Written("FREQ=WEEKLY;COUNT=6", LocalDateTime.of(2026, 12, 10, 18, 30), false, "bench"));
    rules.add(
        new Written(
            "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            LocalDateTime.of(1970, 3, 29, 2, 0),
            false,
            "bench"));
    rules.add(
        new Written(
            "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            LocalDateTime.of(1970, 10, 25, 3, 0),
            false,
            "bench"));
    return rules;
  }

  private static void collect(IcsTree.Component component, String where, List<Written> rules) {
    Optional<IcsTimes.Written> start =
        component
            .find("DTSTART")
            .flatMap(dtstart -> IcsTimes.written(dtstart.value(), dtstart.parameter("TZID")));
    for (IcsTree.Property rule : component.all("RRULE")) {
      start.ifPresent(
          seed -> rules.add(new Written(rule.value(), seed.local(), seed.allDay(), where)));
    }
    for (IcsTree.Component child : component.children()) {
      collect(child, where, rules);
    }
  }

  private static Optional<IcsTree> ical4j(String text) {
    IcsHints.apply();
    IcsTree tree = new IcsTree();
    try {
      new CalendarParserImpl()
          .parse(
              new UnfoldingReader(new StringReader(IcsNesting.bound(text, new ArrayList<>()))),
              tree);
    } catch (ParserException | IOException | RuntimeException e) {
      // Kept: what was read before the trouble, as the parser keeps it.
    }
    return Optional.of(tree);
  }
}
