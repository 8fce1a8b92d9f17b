package io.invito.match;

import io.invito.config.Language;
import io.invito.config.MatchSettings;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.Match;
import io.invito.model.Reason;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses the events of the week's public post: the two to four public opportunities that suit most
 * of the owner's network, by the same relevance that picks whom to invite, and never one a post of
 * another week already shared. The post is written in the owner's language, so events in it come
 * first; events in another language are shared only when fewer than two are left otherwise.
 */
public final class PostPicker {
  public static final int FEWEST = 2;
  public static final int MOST = 4;

  private final Matcher matcher;

  /**
   * One event for the post.
   *
   * @param audience the summed relevance for every contact it suits: the post's ranking
   * @param topic the interest it meets that most of those contacts share, among contacts who read
   *     the owner's language, as the post is written in it
   */
  public record Pick(Event event, double audience, int contacts, Optional<String> topic) {}

  /**
   * The matcher's own settings, but every contact counts for every event: the post is not an
   * invitation, so the per-contact pause, the per-event cap and the lead time do not apply.
   */
  public PostPicker(MatchSettings settings) {
    this.matcher =
        new Matcher(
            new MatchSettings(
                settings.minScore(),
                Duration.ZERO,
                Integer.MAX_VALUE,
                Duration.ZERO,
                Duration.ofDays(3660),
                settings.synonymsFile()));
  }

  /**
   * @param events the week's events the owner keeps
   * @param sharedBefore the events another week's post shared
   * @return two to four picks, best first; none when fewer than two events qualify
   */
  public List<Pick> pick(
      List<Event> events,
      List<Contact> contacts,
      Language ownerLanguage,
      Set<String> sharedBefore,
      Instant asOf) {
    Map<String, Contact> byId =
        contacts.stream()
            .collect(
                Collectors.toMap(
                    Contact::id,
                    Function.identity(),
                    (first, second) -> first,
                    LinkedHashMap::new));
    List<Contact> audience = List.copyOf(byId.values());
    List<Pick> picks = new ArrayList<>();
    for (Event event : events) {
      if (!shareable(event, asOf) || sharedBefore.contains(event.id())) {
        continue;
      }
      List<Match> matches = matcher.match(List.of(event), audience, asOf, Map.of(), Set.of());
      double score = matches.stream().mapToDouble(Match::score).sum();
      picks.add(new Pick(event, score, matches.size(), topic(matches, byId, ownerLanguage)));
    }
    if (picks.size() < FEWEST) {
      return List.of();
    }
    // The post is read in the owner's language: events in another one only make up the fewest.
    List<Pick> readable =
        picks.stream().filter(pick -> readable(pick.event(), ownerLanguage)).toList();
    if (readable.size() >= FEWEST) {
      picks = new ArrayList<>(readable);
    }
    picks.sort(
        Comparator.comparing((Pick pick) -> !readable(pick.event(), ownerLanguage))
            .thenComparingDouble((Pick pick) -> -pick.audience())
            .thenComparing(pick -> -pick.contacts())
            .thenComparing(pick -> !pick.event().interactive())
            .thenComparing(pick -> pick.event().requireStart().toInstant())
            .thenComparing(pick -> pick.event().id()));
    return List.copyOf(picks.subList(0, Math.min(MOST, picks.size())));
  }

  /** In the owner's language, or in one the event does not say. */
  private static boolean readable(Event event, Language ownerLanguage) {
    return event.language().flatMap(Language::find).map(ownerLanguage::equals).orElse(true);
  }

  /**
   * Public and worth sharing: dated and not yet begun, neither cancelled nor postponed, with a web
   * page anyone can open to register (the event stage already left out what outsiders cannot join).
   */
  static boolean shareable(Event event, Instant asOf) {
    if (event.onDemand() || event.cancelled() || event.status() == EventStatus.POSTPONED) {
      return false;
    }
    if (event.requireStart().toInstant().isBefore(asOf)) {
      return false;
    }
    Optional<URI> url = event.url();
    String scheme = url.map(URI::getScheme).map(text -> text.toLowerCase(Locale.ROOT)).orElse("");
    return (scheme.equals("http") || scheme.equals("https")) && url.get().getHost() != null;
  }

  /**
   * The interest named most among the matched contacts who read the owner's language: the post is
   * written in it, and an Italian contact's "risorse umane" would sit oddly in an English sentence.
   */
  private static Optional<String> topic(
      List<Match> matches, Map<String, Contact> contacts, Language ownerLanguage) {
    Map<String, Double> weights = new LinkedHashMap<>();
    Map<String, String> spelled = new LinkedHashMap<>();
    for (Match match : matches) {
      Contact contact = contacts.get(match.contactId());
      if (contact == null || contact.language() != ownerLanguage) {
        continue; // their interest is in words of another language than the post's
      }
      for (Reason reason : match.reasons()) {
        String term = reason.term().strip();
        if (reason.kind() != Reason.Kind.INTEREST || term.isEmpty()) {
          continue; // notes, roles and companies are about people, not for a public post
        }
        String key = term.toLowerCase(Locale.ROOT);
        spelled.putIfAbsent(key, term);
        weights.merge(key, 1.0, Double::sum);
      }
    }
    return weights.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(entry -> spelled.get(entry.getKey()));
  }
}
