package io.invito.parse;

/**
 * Where the zone of a start time came from, recorded as provenance {@code startZone}: later stages
 * trust a stated zone more than one taken from the source's configuration.
 */
enum StartZone {
  /** The source wrote the zone or offset next to the time. */
  STATED,
  /**
   * The source did not; the calendar's default zone was used, or (in {@code extract}'s output only)
   * the configured zone a floating time will be placed in.
   */
  SOURCE,
  /** Nobody said: the time floats until the event stage places it in the source's zone. */
  FLOATING,
  /** A whole day: no zone applies. */
  ALL_DAY;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
