package io.invito.config;

/**
 * Quartz cron expressions, evaluated in the owner's time zone.
 *
 * @param calls when the day's call list is made: working-day mornings by default
 */
public record Schedules(String fetch, String matchAndDraft, String digest, String calls) {
  public static final String CALLS = "0 0 8 ? * MON-FRI";

  /** The schedules of a config written before the call list existed. */
  public Schedules(String fetch, String matchAndDraft, String digest) {
    this(fetch, matchAndDraft, digest, CALLS);
  }
}
