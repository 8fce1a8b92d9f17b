package io.invito.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link EventTime#iso()} is written by hand; here it is held to the JDK's ISO formatters. */
class EventTimeTest {
  private static final List<ZoneId> ZONES =
      new TreeSet<>(ZoneId.getAvailableZoneIds()).stream().map(ZoneId::of).toList();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2026-12-03T18:00     | 2026-12-03T18:00:00
          2026-12-03T18:00:05  | 2026-12-03T18:00:05
          2026-12-03T08:07:06.5         | 2026-12-03T08:07:06.5
          2026-12-03T08:07:06.120       | 2026-12-03T08:07:06.12
          2026-12-03T08:07:06.000000001 | 2026-12-03T08:07:06.000000001
          +10000-01-01T00:00   | +10000-01-01T00:00:00
          -0005-06-07T23:59:59 | -0005-06-07T23:59:59
          """)
  void writesAFloatingTimeWithItsSecondsAndOnlyTheFractionItHas(String local, String expected) {
    assertThat(EventTime.floating(LocalDateTime.parse(local)).iso()).isEqualTo(expected);
  }

  @Test
  void writesAnOffsetAndAZoneAsTheOffsetThatApplies() {
    LocalDateTime local = LocalDateTime.parse("2026-03-29T02:30");

    assertThat(new EventTime(local, ZoneOffset.UTC, null, false).iso())
        .isEqualTo("2026-03-29T02:30:00Z");
    assertThat(new EventTime(local, ZoneOffset.ofHoursMinutesSeconds(-3, -30, -15), null, false))
        .extracting(EventTime::iso)
        .isEqualTo("2026-03-29T02:30:00-03:30:15");
    // In Rome's spring-forward gap: the zone moves the time on an hour.
    assertThat(new EventTime(local, null, ZoneId.of("Europe/Rome"), false).iso())
        .isEqualTo("2026-03-29T03:30:00+02:00");
    assertThat(EventTime.allDay(LocalDate.parse("2026-03-29")).iso()).isEqualTo("2026-03-29");
  }

  @Test
  void writesWhatTheIsoFormattersWriteForAnyTimeOffsetAndZone() {
    Random random = new Random(18);
    for (int i = 0; i < 200_000; i++) {
      LocalDateTime local = local(random);
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1));
      if (random.nextBoolean()) {
        offset = ZoneOffset.ofTotalSeconds(offset.getTotalSeconds() / 900 * 900);
      }
      ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
      if (i % 3 == 0) {
        local = nearATransition(zone, local, random);
      }
      boolean allDay = i % 50 == 0;

      assertThat(new EventTime(local, null, null, allDay).iso())
          .isEqualTo(allDay ? local.toLocalDate().toString() : formatted(local, null, null));
      assertThat(new EventTime(local, offset, null, false).iso())
          .as("%s at %s", local, offset)
          .isEqualTo(formatted(local, offset, null));
      assertThat(new EventTime(local, offset, zone, false).iso())
          .as("%s in %s", local, zone)
          .isEqualTo(formatted(local, offset, zone));
      assertThat(new EventTime(local, null, offset, false).iso())
          .as("%s with the offset %s as its zone", local, offset)
          .isEqualTo(formatted(local, null, offset));
    }
  }

  /** What iso() wrote before it was written by hand. */
  private static String formatted(LocalDateTime local, ZoneOffset offset, ZoneId zone) {
    if (zone != null && !(zone instanceof ZoneOffset)) {
      return local.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    if (offset != null) {
      return local.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  private static LocalDateTime local(Random random) {
    int year =
        switch (random.nextInt(10)) {
          case 0 -> random.nextInt(-20_000, 20_001);
          case 1 -> random.nextInt(0, 1_000);
          default -> random.nextInt(1900, 2100);
        };
    int nano =
        switch (random.nextInt(4)) {
          case 0 -> 0;
          case 1 -> random.nextInt(1_000) * 1_000_000;
          case 2 -> random.nextInt(1_000_000) * 1_000;
          default -> random.nextInt(1_000_000_000);
        };
    LocalDate date = LocalDate.ofYearDay(year, 1).plusDays(random.nextInt(366));
    return date.atTime(
            random.nextInt(24), random.nextInt(60), random.nextInt(3) == 0 ? 0 : random.nextInt(60))
        .withNano(nano);
  }

  /** A time just around one of the zone's changes of offset, gaps and overlaps included. */
  private static LocalDateTime nearATransition(ZoneId zone, LocalDateTime fallback, Random random) {
    List<ZoneOffsetTransition> transitions = new ArrayList<>(zone.getRules().getTransitions());
    if (transitions.isEmpty()) {
      return fallback;
    }
    ZoneOffsetTransition transition = transitions.get(random.nextInt(transitions.size()));
    return transition.getDateTimeBefore().plusMinutes(random.nextInt(-90, 91));
  }
}
