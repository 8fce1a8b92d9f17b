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

  /**
   * Words that say nothing about the subject: Italian and English function words, and dates, times,
   * zones and the vocabulary of event kinds and formats, which the kinds already carry.
   */
  private static final Set<String> DULL =
      FunctionWords.union(
          List.of(FunctionWords.ITALIAN, FunctionWords.ENGLISH),
          "nei",
          "nelle",
          "sui",
          "allo",
          "agli",
          "questi",
          "dai",
          "voi",
          "nostri",
          "tutto",
          "ecco",
          "essere",
          "avere",
          "parte",
          "modo",
          "nuovi",
          "primo",
          "prima",
          "giorno",
          "data",
          "partecipa",
          "partecipare",
          "iscrizione",
          "iscrizioni",
          "registrati",
          "scopri",
          "scoprire",
          "programma",
          "posti",
          "limitati",
          "info",
          "link",
          "clicca",
          "qui",
          "gratis",
          "eventi",
          "appuntamento",
          "relatore",
          "relatori",
          "relatrice",
          "speaker",
          "speakers",
          "ospite",
          "ospiti",
          "parleremo",
          "vedremo",
          "insieme",
          "durante",
          "dopo",
          "prossimo",
          "prossima",
          "vostri",
          "lunedì",
          "martedì",
          "mercoledì",
          "giovedì",
          "venerdì",
          "sabato",
          "domenica",
          "gennaio",
          "febbraio",
          "marzo",
          "aprile",
          "maggio",
          "giugno",
          "luglio",
          "agosto",
          "settembre",
          "ottobre",
          "novembre",
          "dicembre",
          "in",
          "a",
          "o",
          "se",
          "not",
          "do",
          "get",
          "why",
          "when",
          "where",
          "registration",
          "sign",
          "up",
          "events",
          "session",
          "sessions",
          "agenda",
          "day",
          "days",
          "time",
          "date",
          "hosted",
          "host",
          "hosts",
          "edition",
          "part",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "pm",
          "am",
          "cet",
          "cest",
          "utc",
          "gmt",
          "webinar",
          "webinars",
          "seminario",
          "seminar",
          "workshop",
          "laboratorio",
          "corsi",
          "formazione",
          "masterclass",
          "presentazione",
          "presentation",
          "demo",
          "lancio",
          "launch",
          "convegno",
          "conferenza",
          "conference",
          "summit",
          "meetup",
          "networking",
          "aperitivo",
          "diretta",
          "live",
          "streaming",
          "online",
          "presenza",
          "zoom",
          "teams",
          "youtube",
          "linkedin",
          "demand",
          "replay",
          "registrazione",
          "recording",
          "q",
          "chat",
          "questions");

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
          || DULL.contains(word)
          || NUMBER.matcher(word).matches()) {
        continue;
      }
      scores.merge(word, weight, Integer::sum);
    }
  }
}
