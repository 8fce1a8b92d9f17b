package io.invito.parse;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A zone written in words right after a time: "CET", "(GMT+1)", "ora italiana", "Europe/Rome".
 *
 * @param zone a region whose rules apply, or null
 * @param offset a fixed offset, or null
 * @param central "CET" or "CEST": Central European local time, placed when the time is known
 */
record StatedZone(ZoneId zone, ZoneOffset offset, boolean central) {
  // Abbreviations are matched case-sensitively: "est" is Italian for east, "set" a month.
  private static final Pattern WRITTEN =
      Pattern.compile(
          "^[\\s,(\\[]*(?:"
              + "(?<abbr>CEST|CET|UTC|GMT|BST|WEST|WET|EEST|EET|EDT|EST|CDT|CST|MDT|MST|PDT|PST)"
              + "(?:\\s*(?<sign>[+-])\\s*(?<oh>\\d{1,2})(?::?(?<om>\\d{2}))?)?(?![\\p{L}])"
              + "|(?<italy>(?i:ora italiana|ora di roma|italian time|rome time))"
              + "|(?<iana>[A-Z][A-Za-z_]+/[A-Z][A-Za-z_]+(?:/[A-Za-z_]+)?))");
  private static final ZoneOffset CENTRAL_EUROPE = ZoneOffset.ofHours(1);
  private static final int WINDOW = 24;

  /** Looks for a zone starting at {@code from}, skipping spaces, commas and an open bracket. */
  static Optional<StatedZone> find(String text, int from, Optional<ZoneId> sourceZone) {
    Matcher matcher = WRITTEN.matcher(text).region(from, Math.min(text.length(), from + WINDOW));
    if (!matcher.lookingAt()) {
      return Optional.empty();
    }
    if (matcher.group("italy") != null) {
      return Optional.of(new StatedZone(ZoneId.of("Europe/Rome"), null, false));
    }
    if (matcher.group("iana") != null) {
      return Timed.findZone(matcher.group("iana")).map(zone -> new StatedZone(zone, null, false));
    }
    String abbreviation = matcher.group("abbr");
    boolean central = abbreviation.equals("CET") || abbreviation.equals("CEST");
    if (matcher.group("sign") != null) {
      // "CET+1" is read as UTC+1: the writer spells out the offset CET stands for.
      int base = central ? 0 : ZoneAbbreviations.hours(abbreviation).orElseThrow();
      String minutes = matcher.group("om");
      int seconds =
          ZoneAbbreviations.shifted(base, matcher.group("sign"), matcher.group("oh"), minutes);
      if (minutes != null && Integer.parseInt(minutes) > 59 || Math.abs(seconds) > 14 * 3600) {
        return Optional.empty();
      }
      return Optional.of(new StatedZone(null, ZoneOffset.ofTotalSeconds(seconds), false));
    }
    if (central) {
      return Optional.of(new StatedZone(null, null, true));
    }
    return Optional.of(
        new StatedZone(
            null, ZoneOffset.ofHours(ZoneAbbreviations.hours(abbreviation).orElseThrow()), false));
  }

  Timed apply(LocalDateTime local, Optional<ZoneId> sourceZone) {
    if (central) {
      // People write "CET" all year for Central European local time, summer included: so the
      // source's own zone when it is Central European, else the generic CET rules.
      ZoneId place =
          sourceZone
              .filter(
                  source ->
                      source
                          .getRules()
                          .getStandardOffset(local.atZone(source).toInstant())
                          .equals(CENTRAL_EUROPE))
              .orElse(ZoneId.of("CET"));
      return Timed.inZone(local, place);
    }
    return zone != null ? Timed.inZone(local, zone) : Timed.withOffset(local, offset, sourceZone);
  }
}
