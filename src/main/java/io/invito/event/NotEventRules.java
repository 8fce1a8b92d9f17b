package io.invito.event;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Spots the items a source carries that are not events: job posts, recaps of past events, articles
 * (a blog post <em>about</em> webinars is not a webinar), news, product pages, lists of events and
 * calls for papers. Clues come in three strengths: some give an item away wherever they stand; some
 * (past-tense narration, a blog address) only when the item invites nobody; the weakest title words
 * only when nothing at all says "event". Each rule gives its reason in words, with the phrase that
 * gave the item away, for {@code events list --rejected}.
 */
final class NotEventRules {
  static final String JOB = "looks like a job post";
  static final String RECAP = "looks like a recap of a past event";
  static final String ARTICLE = "looks like an article, not an event";
  static final String NEWS = "looks like news or a product page, not an event";
  static final String LIST = "looks like a list of events, not one event";
  static final String CALL = "looks like a call for papers or speakers, not an event";

  private NotEventRules() {}

  /** What the rules know of an item besides its words. */
  record Evidence(
      boolean namesKind,
      boolean joinable,
      boolean placed,
      boolean onDemand,
      Optional<URI> url,
      Optional<Instant> published,
      Instant start,
      Instant end) {}

  /**
   * Why the item is not an event, or empty when it may be one.
   *
   * @param foldedTitle the title, folded
   * @param foldedText the title and description, folded
   */
  static Optional<String> rejectReason(String foldedTitle, String foldedText, Evidence evidence) {
    boolean invited =
        evidence.joinable()
            || evidence.placed()
            || NotEventVocabulary.INVITATION.matches(foldedText);
    String path = evidence.url().map(URI::getPath).map(TextFolder::fold).orElse("");
    boolean eventPath = KindRules.WORDS.matches(path) || path.matches(".*\\bevent[io]?s?\\b.*");
    Optional<Vocabulary.Hit<String>> hit =
        NotEventVocabulary.ANYWHERE
            .findHit(foldedText)
            .or(() -> NotEventVocabulary.IN_TITLE.findHit(foldedTitle))
            .or(
                () ->
                    invited
                        ? Optional.empty()
                        : NotEventVocabulary.UNLESS_INVITED.findHit(foldedText))
            .or(
                () ->
                    invited || eventPath
                        ? Optional.empty()
                        : NotEventVocabulary.NOT_EVENT_PATHS
                            .findHit(path)
                            .map(
                                found ->
                                    new Vocabulary.Hit<>(
                                        found.value(), "/" + found.phrase() + "/")))
            .or(
                () ->
                    evidence.namesKind() || invited || eventPath
                        ? Optional.empty()
                        : NotEventVocabulary.IN_TITLE_WITHOUT_EVIDENCE.findHit(foldedTitle));
    if (hit.isPresent() && !(hit.get().value().equals(RECAP) && evidence.onDemand())) {
      return Optional.of(hit.get().value() + " (\"" + hit.get().phrase() + "\")");
    }
    // Published after the event ended: a report of it, not an invitation to it.
    if (!evidence.onDemand()
        && evidence.published().filter(at -> at.isAfter(evidence.end())).isPresent()) {
      return Optional.of(
          RECAP + " (published " + evidence.published().get() + ", after the event)");
    }
    return Optional.empty();
  }

  /** When an event with no stated end is surely over: long enough for a conference day. */
  static Instant assumedEnd(Instant start) {
    return start.plus(Duration.ofHours(12));
  }
}
