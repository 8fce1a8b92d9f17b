package io.invito.digest;

import io.invito.model.SourceHealth;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digest laid out once, in the owner's words, for the Markdown and HTML renderers to print.
 *
 * @param top up to three events worth most attention
 * @param problems the sources that are failing, degraded, disabled or suddenly empty
 */
record Page(
    Labels labels,
    String heading,
    String range,
    String generated,
    List<EventSummary> top,
    List<Day> days,
    String sourcesSummary,
    List<SourceLine> problems,
    Optional<PostSection> post) {

  private static final int TOP_PICKS = 3;

  /**
   * The week's public post, as the digest shows it: a line saying what it is, its LinkedIn text,
   * and its two files, linked relative to the digest (they are written beside it).
   */
  record PostSection(String intro, String text, String textFile, String pageFile) {}

  /** The events of one day in the owner's zone. */
  record Day(String name, List<EventSummary> events) {}

  /** A source in trouble, with the details that help fix it. */
  record SourceLine(
      String id, String url, Optional<String> link, String state, List<String> details) {}

  static Page of(Digest digest, Path outputDir) {
    Labels labels = Labels.of(digest.owner().language());
    EventSummarizer summarizer =
        new EventSummarizer(labels, digest.owner(), outputDir, digest.previousDigestAt());
    Clocks clocks = summarizer.clocks();
    List<EventSummary> events =
        digest.entries().stream()
            .map(summarizer::summarizeOrNote)
            .sorted(
                Comparator.comparing(EventSummary::start)
                    .thenComparing(EventSummary::title)
                    .thenComparing(EventSummary::id))
            .toList();
    // Recordings have no day: they close the page in a section of their own, "watch any time".
    Map<Optional<LocalDate>, List<EventSummary>> byDay = new LinkedHashMap<>();
    for (EventSummary event : events) {
      byDay.computeIfAbsent(event.day(), day -> new ArrayList<>()).add(event);
    }
    List<Day> days =
        byDay.values().stream()
            .map(list -> new Day(list.get(0).dayName(), List.copyOf(list)))
            .toList();
    LocalDate monday = digest.week().monday();
    String generated =
        labels.get(
            "generated",
            clocks.date(digest.generatedAt().atZone(digest.owner().zone()))
                + ", "
                + clocks.time(digest.generatedAt().atZone(digest.owner().zone())),
            DigestText.oneLine(digest.owner().name()));
    List<SourceLine> problems = problems(digest.sources(), labels, clocks, digest);
    return new Page(
        labels,
        labels.get("heading", digest.week()),
        clocks.range(monday, monday.plusDays(6)),
        generated,
        top(events),
        days,
        sourcesSummary(digest.sources().size(), problems.size(), labels),
        problems,
        digest
            .post()
            .map(
                post ->
                    new PostSection(
                        labels.get(
                            post.eventIds().size() == 1 ? "post.intro.one" : "post.intro.many",
                            post.eventIds().size()),
                        post.linkedin(),
                        String.valueOf(post.text().getFileName()),
                        String.valueOf(post.markdown().getFileName()))));
  }

  /** Most suggested contacts first, then events one can join interactively and online. */
  private static List<EventSummary> top(List<EventSummary> events) {
    return events.stream()
        .filter(event -> !event.cancelled())
        .sorted(
            Comparator.comparingInt((EventSummary event) -> -event.invitees().size())
                .thenComparing(event -> !event.interactive())
                .thenComparing(event -> !event.online())
                .thenComparing(EventSummary::start)
                .thenComparing(EventSummary::id))
        .limit(TOP_PICKS)
        .toList();
  }

  private static String sourcesSummary(int all, int problems, Labels labels) {
    if (all == 0) {
      return labels.get("sources.none");
    }
    return problems == 0
        ? labels.get("sources.ok", all)
        : labels.get("sources.problems", problems, all);
  }

  private static List<SourceLine> problems(
      List<SourceHealth> sources, Labels labels, Clocks clocks, Digest digest) {
    return sources.stream()
        .filter(source -> severity(source) < 4)
        .sorted(Comparator.comparingInt(Page::severity).thenComparing(SourceHealth::sourceId))
        .map(source -> line(source, labels, clocks, digest))
        .toList();
  }

  private static int severity(SourceHealth source) {
    return switch (source.state()) {
      case DISABLED -> 0;
      case DEGRADED -> 1;
      case FAILING -> 2;
      default -> source.suddenlyEmpty() ? 3 : 4;
    };
  }

  private static SourceLine line(SourceHealth source, Labels labels, Clocks clocks, Digest digest) {
    boolean troubled =
        source.state() == SourceHealth.State.DISABLED
            || source.state() == SourceHealth.State.DEGRADED
            || source.state() == SourceHealth.State.FAILING;
    String state =
        troubled ? labels.get("state." + source.state().name()) : labels.get("state.empty");
    List<String> details = new ArrayList<>();
    if (source.consecutiveFailures() > 0) {
      details.add(labels.get("source.failures", source.consecutiveFailures()));
    }
    source
        .lastError()
        .map(DigestText::oneLine)
        .filter(text -> !text.isEmpty())
        .map(text -> labels.get("source.lastError", DigestText.shorten(text, 300)))
        .ifPresent(details::add);
    details.add(
        source
            .lastSuccess()
            .map(
                at ->
                    labels.get("source.lastSuccess", clocks.date(at.atZone(digest.owner().zone()))))
            .orElse(labels.get("source.never")));
    String url = DigestText.oneLine(source.url());
    Optional<String> link;
    try {
      link = DigestText.webLink(Optional.of(new URI(url)));
    } catch (java.net.URISyntaxException e) {
      link = Optional.empty(); // shown as text: a broken URL is likely why the source fails
    }
    return new SourceLine(DigestText.oneLine(source.sourceId()), url, link, state, details);
  }
}
