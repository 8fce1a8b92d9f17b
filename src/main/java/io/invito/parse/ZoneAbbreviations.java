package io.invito.parse;

import java.util.Map;
import java.util.Optional;

/**
 * The UTC offsets of the zone abbreviations feeds write after their dates and people write after
 * event times: the Americas', Western, Central and Eastern Europe's, and UTC's own names.
 */
final class ZoneAbbreviations {
  private static final Map<String, Integer> HOURS =
      Map.ofEntries(
          Map.entry("GMT", 0),
          Map.entry("UT", 0),
          Map.entry("UTC", 0),
          Map.entry("Z", 0),
          Map.entry("EST", -5),
          Map.entry("EDT", -4),
          Map.entry("CST", -6),
          Map.entry("CDT", -5),
          Map.entry("MST", -7),
          Map.entry("MDT", -6),
          Map.entry("PST", -8),
          Map.entry("PDT", -7),
          Map.entry("CET", 1),
          Map.entry("CEST", 2),
          Map.entry("BST", 1),
          Map.entry("EET", 2),
          Map.entry("EEST", 3),
          Map.entry("WET", 0),
          Map.entry("WEST", 1),
          Map.entry("MET", 1),
          Map.entry("MEST", 2),
          Map.entry("AT", -4),
          Map.entry("ET", -5),
          Map.entry("CT", -6),
          Map.entry("MT", -7),
          Map.entry("PT", -8));

  private ZoneAbbreviations() {}

  /** The abbreviation's offset in whole hours ("EST": -5), or empty when it is none of these. */
  static Optional<Integer> hours(String upperCase) {
    return Optional.ofNullable(HOURS.get(upperCase));
  }

  /**
   * An offset of whole hours moved by the one written after it, in seconds: "GMT-01:30" is -5400.
   *
   * @param sign "+" or "-"
   * @param minutes the minutes written, or null when only hours were
   */
  static int shifted(int baseHours, String sign, String hours, String minutes) {
    int moved =
        Integer.parseInt(hours) * 3600 + (minutes == null ? 0 : Integer.parseInt(minutes) * 60);
    return baseHours * 3600 + (sign.equals("-") ? -moved : moved);
  }
}
