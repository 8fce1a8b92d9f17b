package io.invito.event;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Weighs whether an item is an opportunity to take part in, or something else: a job post, a recap,
 * an article, news, a product page, a list, a call, or a notice (a board or members' meeting, a
 * closure, a deadline, a newsletter, something nobody outside can join). No single clue decides:
 * each clue for and against has a weight, and the item is turned away only when what speaks against
 * it outweighs what speaks for it, so a job ad in the sidebar or a link to {@code /pricing/} cannot
 * outweigh "webinar live giovedì 17 alle 16". The verdict keeps every clue, for {@code events list
 * --rejected}.
 */
final class NotEventRules {
  static final String JOB = "looks like a job post";
  static final String RECAP = "looks like a recap of a past event";
  static final String ARTICLE = "looks like an article, not an event";
  static final String NEWS = "looks like news or a product page, not an event";
  static final String LIST = "looks like a list of events, not one event";
  static final String CALL = "looks like a call for papers or speakers, not an event";
  static final String MEETING =
      "looks like an internal meeting (board, members' assembly, committee), not an opportunity";
  static final String CLOSURE = "looks like a closure or holiday notice, not an opportunity";
  static final String DEADLINE = "looks like a deadline or a call for applications, not an event";
  static final String NEWSLETTER = "looks like a newsletter, not an event";
  static final String PRIVATE = "no way to take part: private, internal or not an event at all";
  static final String NOTHING =
      "no way to take part: nothing says what it is, how to attend or how to sign up";

  /** "giovedì 17 alle 16", "ore 18:00", "at 4pm", "10:30": a time someone can turn up at. */
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:alle(?: ore)?|ore|dalle|at|from)\\s+\\d{1,2}(?:[:.]\\d{2})?"
              + "|\\d{1,2}[:.]\\d{2}|\\d{1,2}\\s?(?:am|pm)(?![\\p{L}])");

  private static final String DATE = "a date";

  /** Words of a session one watches or joins as it happens. */
  private static final Vocabulary<Boolean> LIVE =
      Vocabulary.<Boolean>builder()
          .add(true, "live", "in diretta", "dal vivo", "diretta streaming", "livestream")
          .build();

  private NotEventRules() {}

  /** What the rules know of an item besides its words. */
  record Evidence(
      boolean namesKind,
      boolean joinable,
      boolean placed,
      boolean attendanceKnown,
      boolean priced,
      boolean onDemand,
      Optional<URI> url,
      Optional<Instant> published,
      Optional<Instant> start,
      Optional<Instant> end) {}

  /** One clue, its weight (positive: an opportunity; negative: not one) and what it means. */
  record Clue(double weight, String reason, String phrase) {
    @Override
    public String toString() {
      String quoted = reason.isEmpty() ? phrase : "\"" + phrase + "\" (" + reason + ")";
      return String.format(Locale.ROOT, "%+.1f %s", weight, quoted);
    }
  }

  /** The clues found and the reason to turn the item away, when what is against outweighs. */
  record Verdict(Optional<String> rejection, List<Clue> clues) {
    /** "for: +3.0 kind in title, ...; against: -2.0 "lavora con noi" (job post)". */
    String evidence() {
      String pro =
          clues.stream().filter(c -> c.weight() > 0).map(Clue::toString).collect(joining());
      String con =
          clues.stream().filter(c -> c.weight() < 0).map(Clue::toString).collect(joining());
      return "for: " + (pro.isEmpty() ? "nothing" : pro) + "; against: " + con;
    }

    private static java.util.stream.Collector<CharSequence, ?, String> joining() {
      return Collectors.joining(", ");
    }
  }

  /**
   * Weighs the item.
   *
   * @param foldedTitle the title, folded
   * @param foldedText the title and description, folded
   */
  static Verdict weigh(String foldedTitle, String foldedText, Evidence evidence) {
    List<Clue> clues = new ArrayList<>();
    String foldedBody = foldedText.substring(Math.min(foldedTitle.length(), foldedText.length()));
    String path = evidence.url().map(URI::getPath).map(TextFolder::fold).orElse("");
    Optional<Vocabulary.Hit<String>> otherPath = NotEventVocabulary.NOT_EVENT_PATHS.findHit(path);
    // "/news/online-events-survey" is news about events: the section names what the page is.
    boolean eventPath =
        otherPath.isEmpty()
            && (KindRules.WORDS.matches(path) || path.matches(".*\\bevent[io]?s?\\b.*"));

    // For: what an invitation has.
    if (evidence.namesKind()) {
      clues.add(new Clue(2, "", "names a kind of event in its title or type"));
    } else if (KindRules.WORDS.matches(foldedText)) {
      clues.add(new Clue(1, "", "names a kind of event"));
    }
    if (evidence.joinable()) {
      clues.add(new Clue(1.5, "", "a join link or platform"));
    }
    if (evidence.placed()) {
      clues.add(new Clue(1, "", "a place to go"));
    } else if (evidence.attendanceKnown()) {
      clues.add(new Clue(1, "", "says how to attend"));
    }
    if (evidence.priced()) {
      clues.add(new Clue(1, "", "a price or free entry"));
    }
    NotEventVocabulary.INVITATION
        .findHit(foldedText)
        .ifPresent(hit -> clues.add(new Clue(1.5, "", "invites: \"" + hit.phrase() + "\"")));
    if (eventPath) {
      clues.add(new Clue(1.5, "", "an event address"));
    } else if (evidence.url().isPresent()) {
      // A page of its own says where to learn more and sign up: a stamp issue has none.
      clues.add(new Clue(0.5, "", "a page of its own"));
    }
    if (evidence.start().isPresent()) {
      clues.add(new Clue(1, "", DATE));
      if (CLOCK.matcher(foldedText).find()) {
        clues.add(new Clue(1, "", "a time to turn up"));
      }
    }
    LIVE.findHit(foldedText)
        .ifPresent(hit -> clues.add(new Clue(1, "", "live: \"" + hit.phrase() + "\"")));
    if (evidence.onDemand()) {
      clues.add(new Clue(2, "", "a recording to watch"));
    }

    // Against: what articles, posts and notices say.
    hit(clues, -5, NoticeVocabulary.IN_TITLE, foldedTitle);
    hit(clues, -3, NoticeVocabulary.IN_TEXT, foldedBody);
    hit(clues, -6, NotEventVocabulary.ANYWHERE, foldedTitle);
    // In the body a job or shop phrase may be the page's furniture (a careers box, a plans link);
    // an article's or a recap's own words are not.
    NotEventVocabulary.ANYWHERE
        .findHit(foldedBody)
        .ifPresent(
            hit ->
                clues.add(new Clue(furniture(hit.value(), foldedBody), hit.value(), hit.phrase())));
    hit(clues, -6, NotEventVocabulary.IN_TITLE, foldedTitle);
    NotEventVocabulary.UNLESS_INVITED
        .findHit(foldedText)
        .ifPresent(
            hit -> {
              // One such phrase may be an aside; several are how an article or a recap talks.
              boolean several =
                  NotEventVocabulary.UNLESS_INVITED.phrases(foldedText, hit.value()).size() > 1;
              clues.add(new Clue(several ? -4.5 : -3, hit.value(), hit.phrase()));
            });
    otherPath.ifPresent(hit -> clues.add(new Clue(-1.5, hit.value(), "/" + hit.phrase() + "/")));
    hit(clues, -2.5, NotEventVocabulary.IN_TITLE_WITHOUT_EVIDENCE, foldedTitle);
    // Published after the event ended: a report of it, not an invitation to it.
    if (!evidence.onDemand()
        && evidence.end().isPresent()
        && evidence.published().filter(at -> at.isAfter(evidence.end().get())).isPresent()) {
      clues.add(
          new Clue(-6, RECAP, "published " + evidence.published().get() + ", after the event"));
    }
    if (evidence.onDemand()) {
      // "Rivedi", "replay", "the recording of last week's talk": that is what a recording is.
      clues.removeIf(clue -> clue.reason().equals(RECAP));
    }

    if (clues.stream().noneMatch(clue -> clue.weight() > 0 && !clue.phrase().equals(DATE))) {
      // A date and nothing else (a stamp issue, a saint's day): nothing to take part in.
      clues.add(new Clue(-1.5, NOTHING, "nothing but a date"));
    }
    double total = clues.stream().mapToDouble(Clue::weight).sum();
    Optional<Clue> strongest =
        clues.stream().filter(c -> c.weight() < 0).min(Comparator.comparingDouble(Clue::weight));
    Optional<String> rejection =
        strongest
            .filter(clue -> total < 0)
            .map(clue -> clue.reason() + " (\"" + clue.phrase() + "\")");
    return new Verdict(rejection, List.copyOf(clues));
  }

  /**
   * One job or shop phrase in a body may be the page's sidebar; several are what the page is about.
   */
  private static double furniture(String reason, String foldedBody) {
    boolean several = NotEventVocabulary.ANYWHERE.phrases(foldedBody, reason).size() > 1;
    if (reason.equals(JOB)) {
      return several ? -6 : -2.5;
    }
    if (reason.equals(NEWS)) {
      return several ? -6 : -3.5;
    }
    return -6;
  }

  /** Adds the first hit of each reason the vocabulary finds, with the phrase that gave it. */
  private static void hit(
      List<Clue> clues, double weight, Vocabulary<String> vocabulary, String folded) {
    if (folded.isEmpty()) {
      return;
    }
    vocabulary
        .findHit(folded)
        .ifPresent(found -> clues.add(new Clue(weight, found.value(), found.phrase())));
  }

  /** When an event with no stated end is surely over: long enough for a conference day. */
  static Instant assumedEnd(Instant start) {
    return start.plus(Duration.ofHours(12));
  }
}
