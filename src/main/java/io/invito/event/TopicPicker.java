package io.invito.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks a handful of salient keywords from an event's title and description: the words that are
 * neither function words nor the event vocabulary itself, title words counting more.
 */
final class TopicPicker {
  private static final int MAX_TOPICS = 6;
  private static final int TITLE_WEIGHT = 3;
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}+#]+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** Words that say nothing about the subject, in Italian and English. */
  private static final Set<String> DULL = Set.copyOf(List.of(
      // Italian function words
      "il", "lo", "la", "le", "gli", "di", "del", "della", "dei", "delle", "degli", "dello", "un",
      "una", "uno", "che", "per", "con", "non", "nel", "nella", "nei", "nelle", "sul", "sulla",
      "sui", "alla", "alle", "allo", "agli", "come", "sono", "questo", "questa", "questi", "anche",
      "più", "dal", "dalla", "dai", "tra", "fra", "noi", "voi", "vostro", "vostra", "nostro",
      "nostra", "nostri", "tuo", "tua", "tutti", "tutto", "cosa", "quando", "dove", "ore", "dell",
      "nell", "sull", "dall", "all", "ecco", "sarà", "verrà", "essere", "avere", "parte", "modo",
      "nuovo", "nuova", "nuovi", "primo", "prima", "oggi", "domani", "giorno", "data", "alle",
      "partecipa", "partecipare", "iscriviti", "iscrizione", "iscrizioni", "registrati",
      "scopri", "scoprire", "programma", "posti", "limitati", "info", "link", "clicca", "qui",
      "gratuito", "gratuita", "gratis", "evento", "eventi", "incontro", "appuntamento",
      "relatore", "relatori", "relatrice", "speaker", "speakers", "ospite", "ospiti", "parleremo",
      "vedremo", "insieme", "durante", "dopo", "prossimo", "prossima", "nostri", "vostri",
      "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
      "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
      "settembre", "ottobre", "novembre", "dicembre",
      // English function words
      "the", "and", "of", "to", "for", "with", "is", "are", "this", "that", "be", "will", "you",
      "your", "our", "we", "by", "at", "from", "it", "as", "or", "how", "what", "join", "learn",
      "about", "into", "can", "us", "more", "an", "its", "their", "which", "who", "has", "have",
      "on", "all", "new", "in", "a", "i", "e", "o", "è", "si", "ci", "vi", "ti", "da", "su", "ai",
      "al", "ed", "ma", "se", "not", "do", "get", "why", "when", "where", "free", "register",
      "registration", "sign", "up", "now", "today", "event", "events", "session", "sessions",
      "agenda", "day", "days", "time", "date", "hosted", "host", "hosts", "edition", "part",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "pm", "am", "cet", "cest", "utc", "gmt",
      // the vocabulary of event kinds and formats, which the kinds already carry
      "webinar", "webinars", "seminario", "seminar", "workshop", "laboratorio", "corso", "corsi",
      "formazione", "training", "masterclass", "course", "presentazione", "presentation", "demo",
      "lancio", "launch", "convegno", "conferenza", "conference", "summit", "meetup",
      "networking", "aperitivo", "diretta", "live", "streaming", "online", "presenza", "zoom",
      "teams", "youtube", "linkedin", "demand", "replay", "registrazione", "recording", "q", "chat",
      "domande", "questions"));

  private TopicPicker() {}

  static List<String> topics(String title, String description) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    count(title, TITLE_WEIGHT, scores);
    count(description, 1, scores);
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(scores.entrySet());
    // A stable sort keeps first-seen order among equal scores, so topics do not shuffle per run.
    ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    return ranked.stream().limit(MAX_TOPICS).map(Map.Entry::getKey).toList();
  }

  private static void count(String text, int weight, Map<String, Integer> scores) {
    for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (word.length() < 3 && !word.endsWith("+") && !word.endsWith("#")
          || DULL.contains(word) || NUMBER.matcher(word).matches()) {
        continue;
      }
      scores.merge(word, weight, Integer::sum);
    }
  }
}
