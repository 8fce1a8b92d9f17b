package io.invito.match;

import io.invito.match.EventText.Field;
import io.invito.model.Contact;
import io.invito.model.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well an event suits a contact, as a sum of explained contributions: each interest found in
 * the title counts 3, in the topics 2, in the description or organizer 1; each role word found
 * anywhere counts 1. Kept behind this small class so a real text engine can replace it.
 */
final class Relevance {
  private static final int ROLE_WEIGHT = 1;
  private static final Pattern ROLE_PARTS = Pattern.compile("[,/&;|+]|\\s+(?:e|ed|and)\\s+");
  // Words that say how senior someone is, not what they work on: "marketing manager" is about
  // marketing, and "manager" would otherwise meet every "project manager" webinar.
  private static final Set<String> RANK_WORDS = stems("manager", "head", "director", "direttore",
      "direttrice", "responsabile", "senior", "junior", "lead", "chief", "officer", "specialist",
      "specialista", "consultant", "consulente", "executive", "vp", "vice", "president",
      "presidente", "coordinator", "coordinatore", "coordinatrice", "referente", "ufficio", "team",
      "capo", "assistant", "assistente", "professor", "professore", "professoressa", "docente",
      "founder", "fondatore", "fondatrice", "owner", "titolare", "partner", "amministratore",
      "delegato", "membro", "member", "staff", "area", "dept", "department", "dipartimento");

  private final Synonyms synonyms;

  Relevance(Map<String, List<String>> extraSynonyms) {
    this.synonyms = new Synonyms(extraSynonyms);
  }

  /** A contact's side, analysed once per run: each term with its synonyms. */
  record Profile(List<Term> interests, List<Term> roles) {}

  /** A phrase of the contact's, as they wrote it, and the phrases that count as it. */
  record Term(String text, List<Phrase> alternatives) {}

  /** The relevance of one event to one contact and the reasons, strongest first. */
  record Score(double value, List<Reason> reasons) {}

  private record Contribution(int weight, Reason reason) {}

  Profile profile(Contact contact) {
    List<Term> interests = new ArrayList<>();
    for (String interest : contact.interests()) {
      Phrase phrase = Phrase.of(interest);
      if (!phrase.isEmpty()) {
        interests.add(new Term(interest, synonyms.expand(phrase)));
      }
    }
    List<Term> roles = new ArrayList<>();
    for (String part : contact.role().map(ROLE_PARTS::split).orElse(new String[0])) {
      List<String> stems = new ArrayList<>(Phrase.of(part).stems());
      stems.removeAll(RANK_WORDS);
      if (!stems.isEmpty()) {
        roles.add(new Term(part.strip(), synonyms.expand(new Phrase(part.strip(), stems))));
      }
    }
    return new Profile(List.copyOf(interests), List.copyOf(roles));
  }

  Score score(Profile profile, EventText text) {
    List<Contribution> contributions = new ArrayList<>();
    for (Term interest : profile.interests()) {
      for (Field field : Field.values()) {
        find(text, field, interest).ifPresent(found -> contributions.add(new Contribution(
            field.weight(),
            new Reason(Reason.Kind.INTEREST, interest.text(), found, field.label()))));
      }
    }
    for (Term role : profile.roles()) {
      for (Field field : Field.values()) {
        Optional<String> found = find(text, field, role);
        if (found.isPresent()) {
          contributions.add(new Contribution(ROLE_WEIGHT,
              new Reason(Reason.Kind.ROLE, role.text(), found.get(), field.label())));
          break; // a role says who the event is for; saying it twice adds nothing
        }
      }
    }
    contributions.sort(Comparator.comparingInt(Contribution::weight).reversed());
    double value = contributions.stream().mapToInt(Contribution::weight).sum();
    return new Score(value, contributions.stream().map(Contribution::reason).toList());
  }

  /** The event's words for the term's first alternative found: the contact's own words first. */
  private static Optional<String> find(EventText text, Field field, Term term) {
    for (Phrase alternative : term.alternatives()) {
      Optional<String> found = text.find(field, alternative);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Set<String> stems(String... words) {
    Set<String> stems = new HashSet<>();
    for (String word : words) {
      stems.add(Stemmer.stem(TextAnalyzer.fold(word)));
    }
    return Set.copyOf(stems);
  }
}
