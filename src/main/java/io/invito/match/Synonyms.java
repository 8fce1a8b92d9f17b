package io.invito.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of phrases that mean the same thing, across Italian and English, so that an interest in
 * "sicurezza informatica" meets an event about "cybersecurity". Groups are symmetric and merge when
 * they share a phrase.
 */
final class Synonyms {
  /** A small table of the topics Italian professionals most often write in either language. */
  static final Map<String, List<String>> BUILT_IN = builtIn();

  private final Map<String, Map<String, Phrase>> groupByKey = new HashMap<>();

  Synonyms(Map<String, List<String>> extra) {
    BUILT_IN.forEach(this::add);
    extra.forEach(this::add);
  }

  /** The phrase itself first, then what it is a synonym of, in a stable order. */
  List<Phrase> expand(Phrase phrase) {
    List<Phrase> alternatives = new ArrayList<>();
    alternatives.add(phrase);
    Map<String, Phrase> group = groupByKey.get(phrase.key());
    if (group != null) {
      group.values().stream()
          .filter(other -> !other.key().equals(phrase.key()))
          .sorted(Comparator.comparing(Phrase::key))
          .forEach(alternatives::add);
    }
    return alternatives;
  }

  private void add(String head, List<String> others) {
    Map<String, Phrase> merged = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    texts.add(head);
    texts.addAll(others);
    for (String text : texts) {
      Phrase phrase = Phrase.of(text);
      if (phrase.isEmpty()) {
        throw new IllegalArgumentException("synonym '" + text + "' (of '" + head + "') has no words");
      }
      Map<String, Phrase> existing = groupByKey.get(phrase.key());
      if (existing != null) {
        existing.forEach(merged::putIfAbsent);
      }
      merged.putIfAbsent(phrase.key(), phrase);
    }
    for (String key : merged.keySet()) {
      groupByKey.put(key, merged);
    }
  }

  private static Map<String, List<String>> builtIn() {
    Map<String, List<String>> table = new LinkedHashMap<>();
    table.put("sicurezza informatica", List.of("cybersecurity", "cyber security", "cybersicurezza",
        "sicurezza IT", "IT security", "information security", "infosec"));
    table.put("intelligenza artificiale", List.of("AI", "IA", "artificial intelligence"));
    table.put("machine learning", List.of("apprendimento automatico"));
    table.put("risorse umane", List.of("HR", "human resources"));
    table.put("vendite", List.of("sales"));
    table.put("marketing digitale", List.of("digital marketing", "web marketing"));
    table.put("formazione", List.of("training"));
    table.put("sostenibilità", List.of("sustainability", "sostenibile", "sustainable", "ESG"));
    table.put("protezione dei dati", List.of("data protection", "privacy"));
    table.put("analisi dei dati", List.of("data analysis", "data analytics"));
    table.put("trasformazione digitale", List.of("digital transformation"));
    table.put("innovazione", List.of("innovation"));
    table.put("finanza", List.of("finance"));
    table.put("contabilità", List.of("accounting"));
    table.put("logistica", List.of("logistics", "supply chain"));
    table.put("commercio elettronico", List.of("e-commerce", "ecommerce"));
    table.put("energie rinnovabili", List.of("renewable energy", "renewables"));
    table.put("gestione progetti", List.of("project management", "gestione dei progetti"));
    table.put("lavoro da remoto", List.of("smart working", "remote work", "lavoro agile"));
    table.put("CISO", List.of("chief information security officer"));
    return table;
  }
}
