package io.invito.event;

import io.invito.config.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Says which language an event is in: the one the source declared, else the one whose common words
 * its text uses most. Italian and English are told apart; French, Spanish and German are recognised
 * so that they are called "other" rather than mistaken for one of the two.
 */
final class LanguageGuess {
  static final String OTHER = "other";

  private enum Tongue {
    IT,
    EN,
    FR,
    ES,
    DE
  }

  // Short, frequent function words; those shared by two languages ("la", "con") count for both.
  private static final Map<Tongue, Set<String>> STOP_WORDS =
      new EnumMap<>(
          Map.of(
              Tongue.IT,
                  FunctionWords.union(
                      List.of(FunctionWords.ITALIAN),
                      "l",
                      "riunione",
                      "aggiornamento",
                      "nuove",
                      "giornata",
                      "presso"),
              Tongue.EN,
                  FunctionWords.union(
                      List.of(FunctionWords.ENGLISH), "meeting", "update", "watch", "tomorrow"),
              Tongue.FR,
                  Set.of(
                      "le", "la", "les", "des", "du", "et", "est", "une", "pour", "avec", "dans",
                      "sur", "vous", "nous", "qui", "ce", "cette", "aux", "au", "pas", "sont",
                      "votre", "notre"),
              Tongue.ES,
                  Set.of(
                      "el", "los", "las", "y", "es", "una", "para", "con", "del", "que", "por",
                      "en", "su", "como", "está", "este", "esta", "al", "más", "nuestro", "nuestra",
                      "usted"),
              Tongue.DE,
                  Set.of(
                      "der", "die", "das", "und", "ist", "mit", "für", "ein", "eine", "den", "dem",
                      "zu", "von", "auf", "sie", "wir", "nicht", "auch", "im", "zum", "zur", "ihr",
                      "unser", "unsere")));

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final int ENOUGH = 2;

  private LanguageGuess() {}

  /** {@code it}, {@code en}, {@code other}, or empty when neither declared nor clear from text. */
  static Optional<String> language(Optional<String> declared, String text) {
    Optional<String> stated = declared.filter(code -> !code.isBlank());
    if (stated.isPresent()) {
      return Optional.of(Language.find(stated.get()).map(Language::code).orElse(OTHER));
    }
    return guess(text);
  }

  private static Optional<String> guess(String text) {
    Map<Tongue, Integer> counts = new EnumMap<>(Tongue.class);
    for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
      for (Map.Entry<Tongue, Set<String>> entry : STOP_WORDS.entrySet()) {
        if (entry.getValue().contains(word)) {
          counts.merge(entry.getKey(), 1, Integer::sum);
        }
      }
    }
    Tongue best = null;
    int bestCount = 0;
    int runnerUp = 0;
    for (Map.Entry<Tongue, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > bestCount) {
        runnerUp = bestCount;
        best = entry.getKey();
        bestCount = entry.getValue();
      } else if (entry.getValue() > runnerUp) {
        runnerUp = entry.getValue();
      }
    }
    if (best == null || bestCount < ENOUGH || bestCount == runnerUp) {
      return Optional.empty();
    }
    return Optional.of(
        switch (best) {
          case IT -> "it";
          case EN -> "en";
          default -> OTHER;
        });
  }
}
