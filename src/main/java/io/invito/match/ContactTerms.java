package io.invito.match;

import io.invito.match.Relevance.Term;
import io.invito.model.Contact;
import io.invito.model.Reason.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * What of a contact is looked for in events: each interest, each part of the role without its rank,
 * the company without its legal form, and each pair of neighbouring words in the notes.
 */
final class ContactTerms {
  private static final Pattern ROLE_PARTS = Pattern.compile("[,/&;|+]|\\s+(?:e|ed|and)\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*");
  private static final Pattern LEGAL_FORM =
      Pattern.compile(
          "(?i)[\\s,]+(s\\.?\\s?p\\.?\\s?a\\.?|s\\.?\\s?r\\.?\\s?l\\.?s?|s\\.?a\\.?s\\.?|s\\.?n\\.?c\\.?"
              + "|ltd\\.?|limited|inc\\.?|llc|plc|gmbh|ag|s\\.?a\\.?|n\\.?v\\.?|b\\.?v\\.?|&\\s*c\\.?"
              + "|e\\s+c\\.?|co\\.?|corp\\.?)\\s*$");
  // Words that say how senior someone is, not what they work on: "marketing manager" is about
  // marketing, and "manager" would otherwise meet every "project manager" webinar.
  private static final Set<String> RANK_WORDS =
      Set.of(
          "manager",
          "head",
          "director",
          "direttore",
          "direttrice",
          "responsabile",
          "senior",
          "junior",
          "lead",
          "chief",
          "officer",
          "specialist",
          "specialista",
          "consultant",
          "consulente",
          "executive",
          "vp",
          "vice",
          "president",
          "presidente",
          "coordinator",
          "coordinatore",
          "coordinatrice",
          "referente",
          "ufficio",
          "team",
          "capo",
          "assistant",
          "assistente",
          "professor",
          "professore",
          "professoressa",
          "docente",
          "founder",
          "co-founder",
          "fondatore",
          "fondatrice",
          "owner",
          "titolare",
          "partner",
          "amministratore",
          "delegato",
          "membro",
          "member",
          "staff",
          "area",
          "dept",
          "department",
          "dipartimento",
          "dottore",
          "dottoressa",
          "dott",
          "engineer",
          "ingegnere",
          "of",
          "di",
          "del",
          "della",
          "dei",
          "for",
          "per");

  private final Analyzer notesAnalyzer = new LanguageAnalyzer(null, null, true);

  List<Term> terms(Contact contact) {
    Set<Term> terms = new LinkedHashSet<>();
    for (String interest : contact.interests()) {
      if (!interest.isBlank()) {
        terms.add(new Term(Kind.INTEREST, interest.strip(), interest));
      }
    }
    for (String part : contact.role().map(ROLE_PARTS::split).orElse(new String[0])) {
      String topic = withoutRank(part);
      if (!topic.isEmpty()) {
        terms.add(new Term(Kind.ROLE, part.strip(), topic));
      }
    }
    contact
        .company()
        .map(ContactTerms::withoutLegalForm)
        .filter(name -> !name.isEmpty())
        .ifPresent(name -> terms.add(new Term(Kind.COMPANY, contact.company().get(), name)));
    contact
        .notes()
        .ifPresent(
            notes -> pairs(notes).forEach(pair -> terms.add(new Term(Kind.NOTES, pair, pair))));
    return List.copyOf(terms);
  }

  static String withoutRank(String role) {
    List<String> kept = new ArrayList<>();
    var words = WORD.matcher(role);
    while (words.find()) {
      if (!RANK_WORDS.contains(StopWordFilter.fold(words.group()))) {
        kept.add(words.group());
      }
    }
    return String.join(" ", kept);
  }

  static String withoutLegalForm(String company) {
    String name = company.strip();
    for (String shorter = LEGAL_FORM.matcher(name).replaceFirst("");
        !shorter.equals(name);
        shorter = LEGAL_FORM.matcher(name).replaceFirst("")) {
      name = shorter;
    }
    return name.strip();
  }

  /**
   * Neighbouring words of the notes, stop words left out: "sta valutando lo smart working per il
   * team" gives "smart working" among others. Single words say too little ("team", "summit").
   */
  private List<String> pairs(String notes) {
    List<String> words = InterestSuggester.stems(notesAnalyzer, notes);
    List<String> pairs = new ArrayList<>();
    for (int index = 1; index < words.size(); index++) {
      pairs.add(words.get(index - 1) + " " + words.get(index));
    }
    return pairs;
  }
}
