package io.invito.parse;

/**
 * Where the zone of a start time came from, recorded as provenance {@code startZone}: later stages
 * trust a stated zone more than one taken from the source's configuration.
 */
enum StartZone {
  /** The source wrote the zone or offset next to the time. */
  STATED,
  /** The source did not; the source's configured zone (or the calendar's default) was used. */
  SOURCE,
  /** Nobody said: the time floats until a later stage places it. */
  FLOATING,
  /** A whole day: no zone applies. */
  ALL_DAY;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
