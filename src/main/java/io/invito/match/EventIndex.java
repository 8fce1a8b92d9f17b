package io.invito.match;

import io.invito.config.Language;
import io.invito.model.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The upcoming events of one run in an in-memory Lucene index, each in the fields of its own
 * language (both languages when it is unknown). Events are known by their position in the list the
 * index was built from, their ordinal.
 */
final class EventIndex {
  private static final String ORDINAL = "ordinal";
  private static final FieldType TEXT = textType();

  private final List<Event> events;
  private final IndexSearcher searcher;
  private final int[] docByOrdinal;
  private final Map<Query, Weight> weights = new ConcurrentHashMap<>();
  private final Map<Quoted, Optional<String>> quotes = new ConcurrentHashMap<>();

  /** What a quote is asked for: popular events are quoted for many contacts with one interest. */
  private record Quoted(Query query, int ordinal, EventField field) {}

  EventIndex(List<Event> events, Analysis analysis) {
    this.events = List.copyOf(events);
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(analysis.indexAnalyzer())
            .setRAMBufferSizeMB(64)
            .setCommitOnClose(true);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int ordinal = 0; ordinal < this.events.size(); ordinal++) {
        writer.addDocument(document(this.events.get(ordinal), ordinal));
      }
      writer.forceMerge(1); // one segment: every search walks one posting list per term
    } catch (IOException e) {
      throw new UncheckedIOException("indexing in memory failed", e);
    }
    try {
      this.searcher = new IndexSearcher(DirectoryReader.open(directory));
      searcher.setQueryCache(null); // each term is searched once per run and kept by Relevance
      this.docByOrdinal = docsByOrdinal();
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory index failed", e);
    }
  }

  int size() {
    return events.size();
  }

  Event event(int ordinal) {
    return events.get(ordinal);
  }

  /** The languages an event is indexed in: its own, or both when it does not say. */
  static List<Language> languages(Event event) {
    return event
        .language()
        .flatMap(Language::find)
        .map(List::of)
        .orElse(List.of(Language.values()));
  }

  /** The ordinals of the events the query matches, in increasing order. */
  int[] matching(Query query) {
    try {
      Weight weight = weight(query);
      int[] found = new int[16];
      int count = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          ordinals.advanceExact(doc);
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = (int) ordinals.longValue();
        }
      }
      int[] result = Arrays.copyOf(found, count);
      Arrays.sort(result);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("searching an in-memory index failed", e);
    }
  }

  /** The event's own words that the query matched in the field, for a reason to quote. */
  Optional<String> quote(Query query, int ordinal, EventField field) {
    return quotes.computeIfAbsent(
        new Quoted(query, ordinal, field), key -> find(query, ordinal, field));
  }

  private Optional<String> find(Query query, int ordinal, EventField field) {
    Event event = events.get(ordinal);
    String text = field.text(event);
    try {
      Weight weight = weight(query);
      int doc = docByOrdinal[ordinal];
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      Matches matches = weight.matches(leaf, doc - leaf.docBase);
      if (matches == null) {
        return Optional.empty();
      }
      for (Language language : languages(event)) {
        MatchesIterator found = matches.getMatches(field.name(language));
        if (found != null
            && found.next()
            && found.startOffset() >= 0
            && found.endOffset() <= text.length()) {
          return Optional.of(text.substring(found.startOffset(), found.endOffset()));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("searching an in-memory index failed", e);
    }
  }

  /** Weights are reusable and thread-safe; a query's is built once per run. */
  private Weight weight(Query query) throws IOException {
    Weight weight = weights.get(query);
    if (weight == null) {
      weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      weights.putIfAbsent(query, weight);
    }
    return weight;
  }

  private static Document document(Event event, int ordinal) {
    Document document = new Document();
    for (Language language : languages(event)) {
      document.add(new Field(EventField.TITLE.name(language), event.title(), TEXT));
      for (String topic : event.topics()) {
        document.add(new Field(EventField.TOPICS.name(language), topic, TEXT));
      }
      document.add(new Field(EventField.DESCRIPTION.name(language), event.description(), TEXT));
      event
          .organizer()
          .ifPresent(
              organizer ->
                  document.add(new Field(EventField.ORGANIZER.name(language), organizer, TEXT)));
    }
    document.add(new NumericDocValuesField(ORDINAL, ordinal));
    return document;
  }

  private int[] docsByOrdinal() throws IOException {
    int[] docs = new int[events.size()];
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        ordinals.advanceExact(doc);
        docs[(int) ordinals.longValue()] = leaf.docBase + doc;
      }
    }
    return docs;
  }

  /** Offsets are kept so a reason can quote the words matched; norms are not needed. */
  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
