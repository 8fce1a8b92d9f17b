package io.invito.parse;

import io.invito.model.EventTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** A time read from a source together with where its zone came from. */
record Timed(EventTime time, StartZone zone) {

  static Timed allDay(LocalDate date) {
    return new Timed(EventTime.allDay(date), StartZone.ALL_DAY);
  }

  /** A time the source gave in a named zone (IANA or an alias java.time knows). */
  static Timed inZone(LocalDateTime local, ZoneId zone) {
    return new Timed(EventTime.of(local.atZone(zone)), StartZone.STATED);
  }

  /**
   * A time the source gave with an offset only. The source's zone is attached when it agrees with
   * the offset at that moment, so DST-aware later stages get a real zone rather than a bare offset.
   */
  static Timed withOffset(LocalDateTime local, ZoneOffset offset, Optional<ZoneId> sourceZone) {
    ZoneId agreeing =
        sourceZone
            .filter(zone -> !(zone instanceof ZoneOffset))
            .filter(zone -> zone.getRules().isValidOffset(local, offset))
            .orElse(null);
    return new Timed(new EventTime(local, offset, agreeing, false), StartZone.STATED);
  }

  /**
   * A time written without zone. It stays floating even when the source's zone is configured: the
   * event stage places it with that zone, and a zone set here would read as one the source stated.
   */
  static Timed floating(LocalDateTime local) {
    return new Timed(EventTime.floating(local), StartZone.FLOATING);
  }

  /** Reads an IANA zone id, or nothing when it is not one. */
  static Optional<ZoneId> findZone(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id.strip()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
