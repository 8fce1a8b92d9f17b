package io.invito.match;

import io.invito.config.Language;
import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The Lucene analysis for one language: words split by Unicode rules, Italian elisions ("dell'")
 * and English possessives removed, stop words dropped (acronyms kept), lower case, accents folded,
 * then, for queries, synonyms, and last the language's stemmer (Italian light, English Porter).
 *
 * <p>Stop words go before synonyms so that the synonym table and the text agree on which words
 * count; the stemmer goes after, so the table is written in plain words, not stems.
 */
final class LanguageAnalyzer extends Analyzer {
  private static final CharArraySet ELISIONS =
      new CharArraySet(
          List.of(
              "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl",
              "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d", "quest", "quell"),
          true);

  private final Language language;
  private final SynonymMap synonyms;
  private final boolean stopWords;

  /**
   * @param language which stemmer to use, or null for none (how synonym rules are read)
   * @param synonyms applied to queries; null for the index and for names
   * @param stopWords false only to give a text of nothing but stop words ("ai") one more chance
   */
  LanguageAnalyzer(Language language, SynonymMap synonyms, boolean stopWords) {
    this.language = language;
    this.synonyms = synonyms;
    this.stopWords = stopWords;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, ELISIONS);
    stream = new EnglishPossessiveFilter(stream);
    if (stopWords) {
      stream = new StopWordFilter(stream);
    }
    stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
    if (synonyms != null && synonyms.fst != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    if (language == Language.IT) {
      stream = new ItalianLightStemFilter(stream);
    } else if (language == Language.EN) {
      stream = new PorterStemFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // "e-learning", "e-commerce", "E-mail": one word, not a stray "e" and "learning" that would
    // meet every "machine learning".
    return new EPrefixJoiner(reader);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100; // a phrase never runs from one topic into the next
  }

  @Override
  public int getOffsetGap(String fieldName) {
    return 1; // so offsets in a list of topics point into the topics joined by one space
  }
}
