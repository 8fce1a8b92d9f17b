package io.invito.parse;

import net.fortuna.ical4j.util.CompatibilityHints;

/**
 * ical4j's switches for real exports (Outlook, Google, old PHP plugins break the RFC in small
 * ways): relaxed unfolding, parsing and validation, Outlook and Notes compatibility.
 *
 * <p>{@link CompatibilityHints} reads its defaults through ical4j's Configurator, whose logger
 * starts Logback (0.1–0.2 s) — a cost a calendar run paid even when ical4j read nothing. So the
 * switches are first {@linkplain #declare() declared} as the system properties CompatibilityHints
 * reads its defaults from when it is first used, by whichever part of invito (the renderers' output
 * reads the Outlook switch too): they hold from then on as if set, and set before ical4j
 * {@linkplain #apply() parses} anything here, in case CompatibilityHints was already in use.
 */
final class IcsHints {
  private static final String[] KEYS = {
    CompatibilityHints.KEY_RELAXED_UNFOLDING,
    CompatibilityHints.KEY_RELAXED_PARSING,
    CompatibilityHints.KEY_RELAXED_VALIDATION,
    CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
    CompatibilityHints.KEY_NOTES_COMPATIBILITY
  };

  private IcsHints() {}

  /** The switches as ical4j's defaults, without loading ical4j (the keys are constants). */
  static void declare() {
    for (String key : KEYS) {
      System.setProperty(key, "true");
    }
  }

  /** The switches set, before ical4j reads a calendar or a rule. */
  static void apply() {
    Applied.done();
  }

  private static final class Applied {
    static {
      for (String key : KEYS) {
        CompatibilityHints.setHintEnabled(key, true);
      }
    }

    static void done() {
      // Loading this class set the switches; nothing more to do.
    }
  }
}
