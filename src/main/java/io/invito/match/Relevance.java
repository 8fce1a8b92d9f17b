package io.invito.match;

import io.invito.config.Language;
import io.invito.model.Reason;
import io.invito.model.Reason.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * How well each event of one run suits a contact, as a sum of explained contributions: each
 * interest found in the title counts 3, in the topics 2, in the description or organizer 1; the
 * role, the company and each pair of words from the notes count 1 wherever found, once each.
 *
 * <p>Lucene finds the words (analysis, stemming, synonyms, proximity); each distinct term is
 * searched once per run and its hits reused for every contact who has it, so 100,000 contacts who
 * share a few thousand interests cost a few thousand searches.
 */
final class Relevance {
  private static final int SLOP = 2;
  private static final Set<EventField> ALL = EnumSet.allOf(EventField.class);
  private static final Set<EventField> NAMED_IN =
      EnumSet.of(EventField.TITLE, EventField.DESCRIPTION, EventField.ORGANIZER);
  private static final Set<EventField> WRITTEN_IN =
      EnumSet.of(EventField.TITLE, EventField.TOPICS, EventField.DESCRIPTION);

  private final Analysis analysis;
  private final EventIndex index;
  private final Map<Term, Query[]> queries;
  private final Map<Term, Hits> hits = new ConcurrentHashMap<>();

  Relevance(Analysis analysis, EventIndex index) {
    this(analysis, index, new ConcurrentHashMap<>());
  }

  /**
   * @param queries each term's queries, which depend on the analysis only: a matcher keeps them
   *     from run to run, since analysing a phrase with its synonyms costs more than searching it
   */
  Relevance(Analysis analysis, EventIndex index, Map<Term, Query[]> queries) {
    this.analysis = analysis;
    this.index = index;
    this.queries = queries;
  }

  /**
   * Something of a contact's that may meet an event.
   *
   * @param text as the contact's file wrote it, for the reason
   * @param query the words searched for: the role without its rank, the company without "S.p.A."
   */
  record Term(Kind kind, String text, String query) {}

  /**
   * The events a term meets, by ordinal in increasing order, what each counts, and in which fields
   * (a bit per {@link EventField}).
   */
  record Hits(int[] events, float[] scores, byte[] fields) {
    static final Hits NONE = new Hits(new int[0], new float[0], new byte[0]);

    int find(int ordinal) {
      return Arrays.binarySearch(events, ordinal);
    }
  }

  Hits hits(Term term) {
    return hits.computeIfAbsent(term, this::search);
  }

  /** Why the event suits the contact, strongest first; the terms are {@link ContactTerms}'s. */
  List<Reason> explain(List<Term> terms, int ordinal) {
    record Contribution(int weight, Reason reason) {}
    List<Contribution> contributions = new ArrayList<>();
    for (Term term : terms) {
      Hits found = hits(term);
      int at = found.find(ordinal);
      if (at < 0) {
        continue;
      }
      Query[] byField = queries(term);
      for (EventField field : EventField.values()) {
        if ((found.fields()[at] & field.bit()) == 0) {
          continue;
        }
        String words = index.quote(byField[field.ordinal()], ordinal, field).orElse(term.text());
        int weight = term.kind() == Kind.INTEREST ? field.weight() : 1;
        contributions.add(
            new Contribution(weight, new Reason(term.kind(), term.text(), words, field.label())));
        if (term.kind() != Kind.INTEREST) {
          break; // a role, company or note says who the event is for; twice adds nothing
        }
      }
    }
    contributions.sort(Comparator.comparingInt(Contribution::weight).reversed());
    return contributions.stream().map(Contribution::reason).toList();
  }

  private Hits search(Term term) {
    Query[] byField = queries(term);
    float[] scores = new float[index.size()];
    byte[] fields = new byte[index.size()];
    Set<Integer> touched = new LinkedHashSet<>();
    for (EventField field : EventField.values()) {
      if (byField[field.ordinal()] == null) {
        continue;
      }
      for (int ordinal : index.matching(byField[field.ordinal()])) {
        touched.add(ordinal);
        fields[ordinal] |= (byte) field.bit();
        scores[ordinal] = term.kind() == Kind.INTEREST ? scores[ordinal] + field.weight() : 1f;
      }
    }
    if (touched.isEmpty()) {
      return Hits.NONE;
    }
    int[] events = touched.stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] hitScores = new float[events.length];
    byte[] hitFields = new byte[events.length];
    for (int at = 0; at < events.length; at++) {
      hitScores[at] = scores[events[at]];
      hitFields[at] = fields[events[at]];
    }
    return new Hits(events, hitScores, hitFields);
  }

  /** One query per field, null where the term is not looked for or has no words. */
  private Query[] queries(Term term) {
    return queries.computeIfAbsent(
        term,
        key -> {
          Set<EventField> where =
              switch (key.kind()) {
                case COMPANY -> NAMED_IN;
                case NOTES -> WRITTEN_IN;
                default -> ALL;
              };
          boolean synonyms = key.kind() != Kind.COMPANY;
          int slop = key.kind() == Kind.COMPANY ? 0 : SLOP;
          Query[] byField = new Query[EventField.values().length];
          for (EventField field : where) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            int clauses = 0;
            for (Language language : Language.values()) {
              Query query =
                  analysis.phrase(field.name(language), language, key.query(), synonyms, slop);
              if (query != null) {
                either.add(query, Occur.SHOULD);
                clauses++;
              }
            }
            byField[field.ordinal()] = clauses == 0 ? null : either.build();
          }
          return byField;
        });
  }
}
