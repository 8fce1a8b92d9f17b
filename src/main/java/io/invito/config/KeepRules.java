package io.invito.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the owner keeps of the events invito finds, in the spirit of a feed reader's keep and block
 * rules: only some ways of attending, only some kinds, only items naming a keyword, never items
 * naming a blocked one. An empty list keeps everything it is about. A rule never deletes: the store
 * keeps every event, and what a rule leaves out is listed with the rule.
 *
 * @param attendance {@code online}, {@code hybrid}, {@code in-person}, {@code unknown}
 * @param kinds {@code webinar}, {@code seminar}, {@code workshop}, {@code course}, {@code
 *     presentation}, {@code conference}, {@code meetup}, {@code live-stream}
 * @param keywords keep only items whose title or description names one of these
 * @param block leave out items whose title or description names one of these
 */
public record KeepRules(
    Set<String> attendance, Set<String> kinds, List<String> keywords, List<String> block) {

  /** The words {@code keep.attendance} accepts. */
  public static final Set<String> ATTENDANCE = Set.of("online", "hybrid", "in-person", "unknown");

  /** The words {@code keep.kinds} accepts. */
  public static final Set<String> KINDS =
      Set.of(
          "webinar",
          "seminar",
          "workshop",
          "course",
          "presentation",
          "conference",
          "meetup",
          "live-stream");

  /** Keeps everything: what a config without a {@code keep} section means. */
  public static final KeepRules ALL = new KeepRules(Set.of(), Set.of(), List.of(), List.of());

  public KeepRules {
    attendance = Set.copyOf(attendance);
    kinds = Set.copyOf(kinds);
    keywords = keywords.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    block = block.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
  }
}
