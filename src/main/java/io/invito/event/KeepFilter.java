package io.invito.event;

import io.invito.config.Config;
import io.invito.config.KeepRules;
import io.invito.model.Attendance;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.ListedEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Applies the owner's keep rules to a stored event: says which rule leaves it out, in words that
 * name the rule and what the event is, or nothing when it is kept. A source's own rules replace the
 * global ones for its events; an event several sources carry is kept when any of them keeps it. The
 * event stays in the store; a changed rule brings it back.
 */
public final class KeepFilter {
  private final KeepRules rules;
  private final Map<String, KeepRules> perSource;

  public KeepFilter(KeepRules rules) {
    this(rules, Map.of());
  }

  /** The global rules, and the sources that have rules of their own, by source id. */
  public KeepFilter(KeepRules rules, Map<String, KeepRules> perSource) {
    this.rules = rules;
    this.perSource = Map.copyOf(perSource);
  }

  /** The global rules and every source's own, as a config holds them. */
  public static KeepFilter of(Config config) {
    Map<String, KeepRules> own = new java.util.HashMap<>();
    config.sources().forEach(source -> source.keep().ifPresent(keep -> own.put(source.id(), keep)));
    return new KeepFilter(config.keep(), own);
  }

  /** The rule that leaves the event out, or empty when it is kept. */
  public Optional<String> dropReason(Event event) {
    return dropReason(
        event.attendance(),
        event.kinds(),
        event.sources(),
        () -> event.title() + "\n" + event.description());
  }

  /**
   * The rule that leaves a listed event out, or empty when it is kept; only for rules that do not
   * read the text ({@link #readsText()}), since a listed event has no description.
   *
   * @throws IllegalStateException when a rule reads the text
   */
  public Optional<String> dropReason(ListedEvent event) {
    return dropReason(
        event.attendance(),
        event.kinds(),
        event.sources(),
        () -> {
          throw new IllegalStateException(
              "keep rules with words read the description, which a listed event has not");
        });
  }

  /** Whether a rule (block or keywords, global or a source's own) reads the title and text. */
  public boolean readsText() {
    return readsText(rules) || perSource.values().stream().anyMatch(KeepFilter::readsText);
  }

  private static boolean readsText(KeepRules rules) {
    return !rules.block().isEmpty() || !rules.keywords().isEmpty();
  }

  private Optional<String> dropReason(
      Attendance attendance, Set<EventKind> kinds, List<String> sources, Supplier<String> text) {
    if (sources.isEmpty() || perSource.isEmpty()) {
      return dropReason(attendance, kinds, text, rules);
    }
    Optional<String> first = Optional.empty();
    for (String source : sources) {
      KeepRules own = perSource.get(source);
      Optional<String> reason =
          own == null
              ? dropReason(attendance, kinds, text, rules)
              : dropReason(attendance, kinds, text, own)
                  .map(rule -> "sources." + source + "." + rule);
      if (reason.isEmpty()) {
        return reason;
      }
      first = first.or(() -> reason);
    }
    return first;
  }

  private static Optional<String> dropReason(
      Attendance how, Set<EventKind> what, Supplier<String> text, KeepRules rules) {
    String attendance = attendance(how);
    if (!rules.attendance().isEmpty() && !rules.attendance().contains(attendance)) {
      return Optional.of("keep.attendance " + sorted(rules.attendance()) + ": it is " + attendance);
    }
    if (!rules.kinds().isEmpty()
        && what.stream().map(KeepFilter::kind).noneMatch(rules.kinds()::contains)) {
      String kinds =
          what.isEmpty()
              ? "no kind"
              : what.stream().map(KeepFilter::kind).sorted().collect(Collectors.joining(", "));
      return Optional.of("keep.kinds " + sorted(rules.kinds()) + ": it is " + kinds);
    }
    if (!readsText(rules)) {
      // Folding a title and description is most of the cost of this check; without word rules
      // there is nothing to fold for (events list ran it 10,000 times for nothing).
      return Optional.empty();
    }
    String folded = TextFolder.fold(text.get());
    for (String word : rules.block()) {
      if (names(folded, word)) {
        return Optional.of("keep.block: it names '" + word + "'");
      }
    }
    if (!rules.keywords().isEmpty()
        && rules.keywords().stream().noneMatch(word -> names(folded, word))) {
      return Optional.of("keep.keywords " + rules.keywords() + ": it names none of them");
    }
    return Optional.empty();
  }

  /** Whether the event is kept. */
  public boolean keeps(Event event) {
    return dropReason(event).isEmpty();
  }

  /** A whole word or phrase, folded as the text is: "AI" does not match "maintenance". */
  private static boolean names(String folded, String word) {
    return Vocabulary.<Boolean>builder().add(true, word).build().matches(folded);
  }

  private static String attendance(Attendance attendance) {
    return switch (attendance) {
      case ONLINE -> "online";
      case OFFLINE -> "in-person";
      case MIXED -> "hybrid";
      case UNKNOWN -> "unknown";
    };
  }

  private static String kind(EventKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String sorted(Set<String> words) {
    return new java.util.TreeSet<>(words).toString();
  }
}
