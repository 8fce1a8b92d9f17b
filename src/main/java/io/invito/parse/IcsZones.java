package io.invito.parse;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;

/**
 * Turns a calendar's TZIDs into zones: an IANA id as written or behind a prefix ({@code
 * /mozilla.org/20050126_1/Europe/Rome}), a VTIMEZONE's {@code X-LIC-LOCATION}, a Windows zone name,
 * or, for a VTIMEZONE with none of these, the offsets its own rules give.
 */
final class IcsZones {
  private static final Map<String, String> WINDOWS =
      Map.ofEntries(
          Map.entry("W. Europe Standard Time", "Europe/Berlin"),
          Map.entry("Central Europe Standard Time", "Europe/Budapest"),
          Map.entry("Central European Standard Time", "Europe/Warsaw"),
          Map.entry("Romance Standard Time", "Europe/Paris"),
          Map.entry("GMT Standard Time", "Europe/London"),
          Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
          Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
          Map.entry("FLE Standard Time", "Europe/Kiev"),
          Map.entry("GTB Standard Time", "Europe/Bucharest"),
          Map.entry("Russian Standard Time", "Europe/Moscow"),
          Map.entry("Eastern Standard Time", "America/New_York"),
          Map.entry("Central Standard Time", "America/Chicago"),
          Map.entry("Mountain Standard Time", "America/Denver"),
          Map.entry("Pacific Standard Time", "America/Los_Angeles"),
          Map.entry("India Standard Time", "Asia/Kolkata"),
          Map.entry("China Standard Time", "Asia/Shanghai"),
          Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
          Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
          Map.entry("UTC", "UTC"),
          Map.entry("Coordinated Universal Time", "UTC"));

  private static final LocalDateTime LAST_ONSET = LocalDateTime.of(2100, 1, 1, 0, 0);
  private static final int MAX_ONSETS = 1000;

  private final Map<String, IcsTree.Component> definitions = new HashMap<>();
  private final Map<IcsTree.Component, List<LocalDateTime>> onsets = new IdentityHashMap<>();
  private final Map<String, Optional<ZoneId>> regions = new HashMap<>();

  IcsZones(List<IcsTree.Component> timezones) {
    for (IcsTree.Component timezone : timezones) {
      timezone.text("TZID").ifPresent(id -> definitions.put(id, timezone));
    }
  }

  /** The region a TZID names, when it names one java.time knows. */
  Optional<ZoneId> region(String tzid) {
    // Asked once per placed time; a TZID that is no zone id costs ZoneId.of an exception each time.
    return regions.computeIfAbsent(tzid, this::findRegion);
  }

  private Optional<ZoneId> findRegion(String tzid) {
    String id = tzid.strip();
    Optional<ZoneId> zone =
        Timed.findZone(id).or(() -> Optional.ofNullable(WINDOWS.get(id)).flatMap(Timed::findZone));
    if (zone.isEmpty() && id.contains("/")) {
      String[] parts = id.split("/");
      if (parts.length >= 2) {
        String tail = parts[parts.length - 2] + "/" + parts[parts.length - 1];
        zone = Timed.findZone(tail);
      }
    }
    if (zone.isEmpty() && definitions.containsKey(id)) {
      zone = definitions.get(id).text("X-LIC-LOCATION").flatMap(Timed::findZone);
    }
    return zone;
  }

  /**
   * The offset a calendar-defined VTIMEZONE gives the local time: the TZOFFSETTO of the latest
   * STANDARD or DAYLIGHT onset at or before it.
   */
  Optional<ZoneOffset> offset(String tzid, LocalDateTime local) {
    IcsTree.Component definition = definitions.get(tzid.strip());
    if (definition == null) {
      return Optional.empty();
    }
    LocalDateTime latest = null;
    ZoneOffset offset = null;
    for (IcsTree.Component observance : definition.children()) {
      Optional<LocalDateTime> onset =
          observance
              .find("DTSTART")
              .flatMap(start -> IsoTimes.parts(start.value()))
              .flatMap(IsoTimes.Parts::time)
              .flatMap(start -> lastOnset(observance, start, local));
      Optional<ZoneOffset> to = observance.text("TZOFFSETTO").flatMap(IcsZones::parseOffset);
      if (onset.isPresent() && to.isPresent() && (latest == null || onset.get().isAfter(latest))) {
        latest = onset.get();
        offset = to.get();
      }
    }
    return Optional.ofNullable(offset);
  }

  private Optional<LocalDateTime> lastOnset(
      IcsTree.Component observance, LocalDateTime start, LocalDateTime local) {
    if (start.isAfter(local)) {
      return Optional.empty();
    }
    List<LocalDateTime> all = onsets.computeIfAbsent(observance, key -> expand(key, start));
    LocalDateTime latest = start;
    for (LocalDateTime onset : all) {
      if (onset.isAfter(local)) {
        break;
      }
      latest = onset;
    }
    return Optional.of(latest);
  }

  /**
   * Every onset of an observance up to {@link #LAST_ONSET}, computed once per calendar: ical4j
   * expands a rule such as BYDAY=-1SU from its 1970 seed each time it is asked, which made each
   * placed time cost milliseconds.
   */
  private static List<LocalDateTime> expand(IcsTree.Component observance, LocalDateTime start) {
    Optional<String> rule = observance.text("RRULE");
    if (rule.isEmpty()) {
      return List.of(start);
    }
    Optional<List<LocalDateTime>> common =
        CommonRules.read(rule.get())
            .flatMap(rules -> rules.dates(start, false, start, LAST_ONSET, MAX_ONSETS));
    if (common.isPresent()) {
      return common.get();
    }
    IcsHints.apply();
    try {
      return new Recur<LocalDateTime>(rule.get()).getDates(start, start, LAST_ONSET, MAX_ONSETS);
    } catch (IllegalArgumentException | DateTimeException e) {
      return List.of(start); // a rule we cannot read: the observance's first onset stands
    }
  }

  private static Optional<ZoneOffset> parseOffset(String written) {
    String digits = written.strip();
    if (!digits.matches("[+-]\\d{4}(\\d{2})?")) {
      return Optional.empty();
    }
    int sign = digits.startsWith("-") ? -1 : 1;
    int seconds =
        Integer.parseInt(digits.substring(1, 3)) * 3600
            + Integer.parseInt(digits.substring(3, 5)) * 60
            + (digits.length() == 7 ? Integer.parseInt(digits.substring(5, 7)) : 0);
    try {
      return Optional.of(ZoneOffset.ofTotalSeconds(sign * seconds));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
