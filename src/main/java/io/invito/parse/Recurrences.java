package io.invito.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Recur;

/**
 * Expands RRULE and RDATE, minus EXDATE and the occurrences that a RECURRENCE-ID VEVENT replaces,
 * within a horizon: from now (or the first occurrence, if later) for {@value #HORIZON_DAYS} days.
 * Rules are expanded on the wall clock of the series' zone, as RFC 5545 asks, so a weekly 18:00
 * stays 18:00 across a DST change.
 */
final class Recurrences {
  static final int HORIZON_DAYS = 90;
  private static final int MAX_OCCURRENCES = 200;

  /** One occurrence: its start as written, and the UID that tells it from its siblings. */
  record Occurrence(IcsTimes.Written start, Optional<String> uid) {}

  private final IcsTimes times;
  private final Instant now;
  private final List<String> warnings;
  private final Set<String> overridden = new HashSet<>();
  private final Map<String, IcsTimes.Written> series = new HashMap<>();

  Recurrences(IcsTimes times, List<IcsTree.Component> vevents, Instant now, List<String> warnings) {
    this.times = times;
    this.now = now;
    this.warnings = warnings;
    for (IcsTree.Component vevent : vevents) {
      vevent
          .text("UID")
          .filter(uid -> vevent.find("RECURRENCE-ID").isEmpty())
          .ifPresent(
              uid ->
                  vevent
                      .find("DTSTART")
                      .flatMap(start -> IcsTimes.written(start.value(), start.parameter("TZID")))
                      .ifPresent(start -> series.putIfAbsent(uid, start)));
    }
    for (IcsTree.Component vevent : vevents) {
      Optional<String> uid = vevent.text("UID");
      vevent
          .find("RECURRENCE-ID")
          .flatMap(id -> IcsTimes.written(id.value(), id.parameter("TZID")))
          .ifPresent(id -> uid.ifPresent(u -> overridden.add(key(u, replaced(u, id)))));
    }
  }

  /**
   * The series occurrence a RECURRENCE-ID names, on the series' wall clock: the ID may be written
   * in UTC or in another TZID than the series' DTSTART and still name the same instant.
   */
  private LocalDateTime replaced(String uid, IcsTimes.Written id) {
    IcsTimes.Written start = series.get(uid);
    return start == null ? id.local() : times.inFrameOf(start, id);
  }

  List<Occurrence> occurrences(IcsTree.Component vevent, IcsTimes.Written start) {
    Optional<String> uid = vevent.text("UID");
    Optional<IcsTree.Property> recurrenceId = vevent.find("RECURRENCE-ID");
    if (recurrenceId.isPresent()) {
      // A changed occurrence: named after the occurrence it replaces.
      Optional<IcsTimes.Written> id =
          IcsTimes.written(recurrenceId.get().value(), recurrenceId.get().parameter("TZID"));
      return List.of(
          new Occurrence(
              start,
              uid.map(
                  u ->
                      u
                          + "/"
                          + id.map(w -> replaced(u, w))
                              .map(Object::toString)
                              .orElse(recurrenceId.get().value()))));
    }
    Optional<String> rule = vevent.text("RRULE");
    List<IcsTree.Property> rdates = vevent.all("RDATE");
    if (rule.isEmpty() && rdates.isEmpty()) {
      return List.of(new Occurrence(start, uid));
    }
    LocalDateTime today = times.now(start, now);
    LocalDateTime from = start.local().isAfter(today) ? start.local() : today;
    LocalDateTime until = from.plusDays(HORIZON_DAYS);
    TreeSet<LocalDateTime> locals = new TreeSet<>();
    rule.ifPresent(text -> locals.addAll(expand(text, start, from, until)));
    for (IcsTree.Property rdate : rdates) {
      for (String value : rdate.value().split(",")) {
        IcsTimes.written(value.replaceAll("/.*", ""), rdate.parameter("TZID"))
            .map(written -> times.inFrameOf(start, written))
            .filter(local -> !local.isBefore(from) && local.isBefore(until))
            .ifPresent(locals::add);
      }
    }
    for (IcsTree.Property exdate : vevent.all("EXDATE")) {
      for (String value : exdate.value().split(",")) {
        IcsTimes.written(value, exdate.parameter("TZID"))
            .ifPresent(
                written ->
                    locals.remove(
                        start.allDay()
                            ? written.local().toLocalDate().atStartOfDay()
                            : times.inFrameOf(start, written)));
      }
    }
    List<Occurrence> occurrences = new ArrayList<>();
    for (LocalDateTime local : locals) {
      IcsTimes.Written occurrence =
          new IcsTimes.Written(local, start.allDay(), start.utc(), start.tzid());
      if (uid.isPresent() && overridden.contains(key(uid.get(), local))) {
        continue;
      }
      occurrences.add(new Occurrence(occurrence, uid.map(u -> u + "/" + local)));
      if (occurrences.size() == MAX_OCCURRENCES) {
        warnings.add(
            "'"
                + uid.orElse("?")
                + "': kept the first "
                + MAX_OCCURRENCES
                + " occurrences in the horizon");
        break;
      }
    }
    // A series wholly in the past still says what the source offers: keep its first occurrence.
    return occurrences.isEmpty() ? List.of(new Occurrence(start, uid)) : occurrences;
  }

  private List<LocalDateTime> expand(
      String rule, IcsTimes.Written start, LocalDateTime from, LocalDateTime until) {
    Optional<List<LocalDateTime>> common =
        CommonRules.read(rule)
            .flatMap(
                rules ->
                    rules.dates(
                        start.allDay() ? start.local().toLocalDate().atStartOfDay() : start.local(),
                        start.allDay(),
                        start.allDay() ? from.toLocalDate().atStartOfDay() : from,
                        start.allDay() ? until.toLocalDate().atStartOfDay() : until,
                        MAX_OCCURRENCES));
    return common.orElseGet(() -> recur(rule, start, from, until));
  }

  /** ical4j's Recur, for the rules {@link CommonRules} leaves to it. */
  private List<LocalDateTime> recur(
      String rule, IcsTimes.Written start, LocalDateTime from, LocalDateTime until) {
    IcsHints.apply();
    try {
      if (start.allDay()) {
        LocalDate seed = start.local().toLocalDate();
        return new Recur<LocalDate>(rule)
            .getDates(seed, from.toLocalDate(), until.toLocalDate(), MAX_OCCURRENCES).stream()
                .map(LocalDate::atStartOfDay)
                .toList();
      }
      return new Recur<LocalDateTime>(rule).getDates(start.local(), from, until, MAX_OCCURRENCES);
    } catch (IllegalArgumentException | DateTimeException | ClassCastException e) {
      // ical4j's Recur on a rule it cannot read: the event keeps its first occurrence only.
      warnings.add("could not expand RRULE '" + rule + "': " + e.getMessage());
      return List.of(start.local());
    }
  }

  private static String key(String uid, LocalDateTime occurrence) {
    return uid + "@" + occurrence;
  }
}
