package io.invito.parse;

import io.invito.model.EventTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Places iCalendar date and date-time values: DATE values are whole days, UTC values are exact,
 * TZID values take their zone. Floating values stay floating when the source has a zone of its own
 * (the event stage places them with it, as the source's zone wins over the calendar's); else they
 * take the calendar's {@code X-WR-TIMEZONE}, else float.
 */
final class IcsTimes {

  /** A DTSTART-like value as written: its wall-clock time and how to place it. */
  record Written(LocalDateTime local, boolean allDay, boolean utc, Optional<String> tzid) {}

  private final IcsZones zones;
  private final Optional<ZoneId> sourceZone;
  private final Optional<ZoneId> fallback;
  private final Optional<ZoneId> calendarZone;
  private final List<String> warnings;
  private final Set<String> unknownZones = new HashSet<>();

  IcsTimes(
      IcsZones zones,
      Optional<ZoneId> sourceZone,
      Optional<ZoneId> calendarZone,
      List<String> warnings) {
    this.zones = zones;
    this.sourceZone = sourceZone;
    this.fallback = sourceZone.or(() -> calendarZone);
    this.calendarZone = sourceZone.isPresent() ? Optional.empty() : calendarZone;
    this.warnings = warnings;
  }

  /** Reads the value of DTSTART, DTEND, RECURRENCE-ID, or one value of EXDATE/RDATE. */
  static Optional<Written> written(String value, Optional<String> tzid) {
    String clean = value.strip();
    boolean utc = clean.endsWith("Z") || clean.endsWith("z");
    return IsoTimes.parts(utc ? clean.substring(0, clean.length() - 1) : clean)
        .filter(parts -> parts.offset().isEmpty())
        .map(
            parts ->
                parts
                    .time()
                    .map(time -> new Written(time, false, utc, utc ? Optional.empty() : tzid))
                    .orElseGet(
                        () ->
                            new Written(
                                parts.date().atStartOfDay(), true, false, Optional.empty())));
  }

  Optional<Timed> read(IcsTree.Property property) {
    return written(property.value(), property.parameter("TZID")).map(this::place);
  }

  Timed place(Written written) {
    LocalDateTime local = written.local();
    if (written.allDay()) {
      return Timed.allDay(local.toLocalDate());
    }
    if (written.utc()) {
      return fallback
          .map(
              zone ->
                  new Timed(
                      EventTime.of(local.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)),
                      StartZone.STATED))
          .orElseGet(
              () -> new Timed(EventTime.of(local.atOffset(ZoneOffset.UTC)), StartZone.STATED));
    }
    if (written.tzid().isPresent()) {
      String tzid = written.tzid().get();
      Optional<ZoneId> region = zones.region(tzid);
      if (region.isPresent()) {
        return Timed.inZone(local, region.get());
      }
      Optional<ZoneOffset> offset = zones.offset(tzid, local);
      if (offset.isPresent()) {
        return Timed.withOffset(local, offset.get(), fallback);
      }
      if (unknownZones.add(tzid)) {
        warnings.add("unknown TZID '" + tzid + "' with no VTIMEZONE; its times read as floating");
      }
    }
    return calendarZone
        .map(zone -> new Timed(EventTime.of(local.atZone(zone)), StartZone.SOURCE))
        .orElseGet(() -> new Timed(EventTime.floating(local), StartZone.FLOATING));
  }

  /** Where a zoned occurrence falls on the wall clock of the series it belongs to. */
  LocalDateTime inFrameOf(Written series, Written other) {
    if (series.allDay()
        || other.allDay()
        || series.utc() == other.utc() && series.tzid().equals(other.tzid())) {
      return other.local();
    }
    EventTime seriesTime = place(series).time();
    ZoneId frame =
        seriesTime
            .findZone()
            .orElse(seriesTime.offset() != null ? seriesTime.offset() : ZoneOffset.UTC);
    return place(other).time().resolve(frame).withZoneSameInstant(frame).toLocalDateTime();
  }

  /** Today's wall-clock date and time in the series' frame, for the expansion window. */
  LocalDateTime now(Written series, java.time.Instant now) {
    EventTime seriesTime = place(series).time();
    ZoneId frame =
        seriesTime
            .findZone()
            .or(() -> Optional.ofNullable(seriesTime.offset()))
            .or(() -> sourceZone)
            .orElse(ZoneOffset.UTC);
    return LocalDateTime.ofInstant(now, frame);
  }
}
