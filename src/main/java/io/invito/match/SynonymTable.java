package io.invito.match;

import io.invito.config.ConfigException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The phrases that mean the same, across Italian and English, compiled for Lucene's synonym graph
 * so that an interest in "sicurezza informatica" meets an event about "cybersecurity".
 *
 * <p>Rules come from a built-in table, from code, and from an optional file in Solr's synonym
 * format ({@code a, b, c} per line; {@code a => b} one way; {@code #} comments). Equivalence groups
 * that share a phrase merge, wherever each came from: a user's "cybersecurity, NIS2" makes
 * "sicurezza informatica" meet NIS2 too. Lucene's own Solr parser does not merge groups, and names
 * no line for a bad rule, so lines are read here and the rules handed to its builder.
 */
final class SynonymTable {
  /** The topics Italian professionals most often write in either language, one group a line. */
  static final String BUILT_IN =
      """
      sicurezza informatica, cybersecurity, cyber security, cybersicurezza, sicurezza IT, \
      IT security, information security, infosec
      intelligenza artificiale, AI, IA, artificial intelligence
      machine learning, apprendimento automatico
      scienza dei dati, data science
      analisi dei dati, data analysis, data analytics
      visualizzazione dei dati, data visualization, data visualisation, dataviz
      business intelligence, BI
      risorse umane, HR, human resources
      selezione del personale, recruiting, recruitment, reclutamento
      vendite, sales
      negoziazione, trattativa, negotiation
      marketing digitale, digital marketing, web marketing, online marketing
      commercio elettronico, e-commerce, ecommerce, negozio online, vendite online, online shop
      formazione, training
      formazione a distanza, e-learning, online learning, FAD
      sostenibilità, sustainability, sostenibile, sustainable, ESG
      economia circolare, circular economy
      clima, climate, cambiamento climatico, climate change
      protezione dei dati, data protection, privacy
      trasformazione digitale, digital transformation
      innovazione, innovation
      finanza, finance
      contabilità, accounting, bookkeeping
      fisco, tax, taxation
      controllo di gestione, management control, controlling
      logistica, logistics, supply chain
      energie rinnovabili, renewable energy, renewables, fonti rinnovabili
      efficienza energetica, energy efficiency
      gestione progetti, project management, gestione dei progetti
      lavoro da remoto, smart working, remote work, lavoro agile
      industria 4.0, industry 4.0, smart manufacturing
      internet delle cose, internet of things, IoT
      manutenzione predittiva, predictive maintenance
      sanità digitale, digital health, e-health, sanità elettronica
      telemedicina, telemedicine, telehealth
      assistenza clienti, customer care, customer service, servizio clienti
      assistente virtuale, chatbot, virtual assistant
      esperienza utente, user experience, UX
      accessibilità, accessibility
      parlare in pubblico, public speaking
      comunicazione, communication
      internazionalizzazione, internationalization, internationalisation
      dogane, customs
      raccolta fondi, fundraising
      startup, start-up
      agricoltura di precisione, precision farming, precision agriculture
      drone, droni, drones
      turismo, tourism
      recensioni online, online reviews
      pubblica amministrazione, PA, public administration
      CISO, chief information security officer
      CFO, chief financial officer, direttore finanziario
      CTO, chief technology officer, direttore tecnico
      """;

  private final SolrSynonymParser builder;

  /** Each equivalence group by every analysed phrase in it, so groups sharing a phrase merge. */
  private final Map<String, Set<String>> groupByKey = new LinkedHashMap<>();

  private final List<String[]> oneWay = new ArrayList<>();

  private SynonymTable() {
    // Rules are read with the analysis minus the stemmer, which runs after the synonym graph.
    this.builder = new SolrSynonymParser(true, true, new LanguageAnalyzer(null, null, true));
  }

  /**
   * The built-in table, then the groups given in code, then the file's rules.
   *
   * @throws IllegalArgumentException when a phrase in {@code extra} has no words
   * @throws ConfigException when the file is missing, unreadable, or has a phrase with no words
   */
  static SynonymMap compile(Map<String, List<String>> extra, Path file) {
    SynonymTable table = new SynonymTable();
    table.readLines(BUILT_IN, "built-in synonyms");
    extra.forEach(
        (head, others) -> {
          List<String> group = new ArrayList<>();
          group.add(head);
          group.addAll(others);
          table.group(group);
        });
    if (file != null) {
      table.readFile(file);
    }
    return table.build();
  }

  private void readFile(Path file) {
    String name = String.valueOf(file.getFileName());
    try {
      readLines(Files.readString(file, StandardCharsets.UTF_8), name);
    } catch (NoSuchFileException e) {
      throw new ConfigException(name + ": file not found in " + file.toAbsolutePath().getParent());
    } catch (CharacterCodingException e) {
      throw new ConfigException(name + ": is not UTF-8 text", e);
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private void readLines(String text, String name) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        int arrow = line.indexOf("=>");
        if (arrow >= 0) {
          for (String from : split(line.substring(0, arrow))) {
            for (String to : split(line.substring(arrow + 2))) {
              oneWay.add(new String[] {analyze(from), analyze(to)});
            }
          }
        } else {
          group(split(line));
        }
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            "%s: line %d: '%s': %s"
                .formatted(name, index + 1, line, "a phrase in it has no words once stop words go"),
            e);
      }
    }
  }

  /** Splits on commas not escaped with a backslash, as Solr does. */
  private static List<String> split(String rule) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int index = 0; index < rule.length(); index++) {
      char character = rule.charAt(index);
      if (character == '\\' && index + 1 < rule.length()) {
        part.append(rule.charAt(++index));
      } else if (character == ',') {
        parts.add(part.toString().strip());
        part.setLength(0);
      } else {
        part.append(character);
      }
    }
    parts.add(part.toString().strip());
    return parts.stream().filter(text -> !text.isEmpty()).toList();
  }

  private void group(List<String> texts) {
    Set<String> merged = new LinkedHashSet<>();
    for (String text : texts) {
      String key = analyze(text);
      Set<String> existing = groupByKey.get(key);
      merged.addAll(existing == null ? Set.of(key) : existing);
      merged.add(key);
    }
    for (String key : merged) {
      groupByKey.put(key, merged);
    }
  }

  /** The phrase as the synonym graph will see it; words separated by Lucene's word separator. */
  private String analyze(String text) {
    try {
      return builder.analyze(text, new CharsRefBuilder()).toString();
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("synonym '" + text + "' has no words", e);
    }
  }

  private SynonymMap build() {
    Set<Set<String>> groups = new LinkedHashSet<>(groupByKey.values());
    for (Set<String> group : groups) {
      for (String from : group) {
        for (String to : group) {
          builder.add(new CharsRef(from), new CharsRef(to), false);
        }
      }
    }
    for (String[] rule : oneWay) {
      // Solr replaces the left side; a matcher must still find events that use the user's word.
      builder.add(new CharsRef(rule[0]), new CharsRef(rule[1]), true);
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new IllegalStateException("building an in-memory map cannot fail", e);
    }
  }
}
