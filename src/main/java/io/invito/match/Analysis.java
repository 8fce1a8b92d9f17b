package io.invito.match;

import io.invito.config.Language;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The analyzers of one matcher, one set per language, and the phrase queries built with them: an
 * event is indexed in its own language's fields, and a contact's words are read twice, once as
 * Italian and once as English, so each meets the events written in either.
 */
final class Analysis {
  private final Map<Language, Analyzer> index = new EnumMap<>(Language.class);
  private final Map<Language, QueryBuilder> withSynonyms = new EnumMap<>(Language.class);
  private final Map<Language, QueryBuilder> plain = new EnumMap<>(Language.class);
  private final Map<Language, QueryBuilder> keepingStopWords = new EnumMap<>(Language.class);

  Analysis(SynonymMap synonyms) {
    for (Language language : Language.values()) {
      index.put(language, new LanguageAnalyzer(language, null, true));
      withSynonyms.put(language, new QueryBuilder(new LanguageAnalyzer(language, synonyms, true)));
      plain.put(language, new QueryBuilder(new LanguageAnalyzer(language, null, true)));
      keepingStopWords.put(
          language, new QueryBuilder(new LanguageAnalyzer(language, synonyms, false)));
    }
  }

  /** Analyses each field by the language its name ends with: {@code title_it}, {@code title_en}. */
  Analyzer indexAnalyzer() {
    Map<String, Analyzer> byField = new java.util.HashMap<>();
    for (EventField field : EventField.values()) {
      for (Language language : Language.values()) {
        byField.put(field.name(language), index.get(language));
      }
    }
    return new PerFieldAnalyzerWrapper(index.get(Language.EN), byField);
  }

  /**
   * The words of {@code text} near each other in the field, in any order ({@code slop} 2 lets
   * "marketing digitale" meet "digital marketing"), or any of its synonyms; null when the text has
   * no words. A text of nothing but stop words keeps them, so the interest "ai" still means AI.
   *
   * @param synonyms false for names (a company called "HR Partner" is not "risorse umane")
   */
  Query phrase(String field, Language language, String text, boolean synonyms, int slop) {
    QueryBuilder builder = (synonyms ? withSynonyms : plain).get(language);
    Query query = builder.createPhraseQuery(field, text, slop);
    if (query == null && synonyms) {
      query = keepingStopWords.get(language).createPhraseQuery(field, text, slop);
    }
    return query;
  }
}
