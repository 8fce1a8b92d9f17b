package io.invito.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table of phrases, each standing for a value, matched as whole words in folded text. Keeping the
 * rules as tables lets a reader check and extend the Italian and English words without reading
 * control flow.
 *
 * @param <T> what a phrase stands for: a kind, a platform, a reason
 */
final class Vocabulary<T> {
  private final List<Row<T>> rows;

  private Vocabulary(List<Row<T>> rows) {
    this.rows = List.copyOf(rows);
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Every value with a phrase in the text, in table order. */
  Set<T> findAll(String folded) {
    Set<T> found = new LinkedHashSet<>();
    for (Row<T> row : rows) {
      if (row.pattern.matcher(folded).find()) {
        found.add(row.value);
      }
    }
    return found;
  }

  /** The first value, in table order, with a phrase in the text. */
  Optional<T> findFirst(String folded) {
    return findHit(folded).map(Hit::value);
  }

  /** The first value with a phrase in the text, and the phrase as it was found. */
  Optional<Hit<T>> findHit(String folded) {
    for (Row<T> row : rows) {
      Matcher matcher = row.pattern.matcher(folded);
      if (matcher.find()) {
        return Optional.of(new Hit<>(row.value, matcher.group()));
      }
    }
    return Optional.empty();
  }

  boolean matches(String folded) {
    return findHit(folded).isPresent();
  }

  /** The distinct phrases found in the text that stand for the value. */
  Set<String> phrases(String folded, T value) {
    Set<String> found = new java.util.LinkedHashSet<>();
    for (Row<T> row : rows) {
      if (row.value.equals(value)) {
        java.util.regex.Matcher matcher = row.pattern.matcher(folded);
        while (matcher.find()) {
          found.add(matcher.group());
        }
      }
    }
    return found;
  }

  /** A value found in a text, with the phrase that gave it away. */
  record Hit<T>(T value, String phrase) {}

  private record Row<T>(T value, Pattern pattern) {}

  /** Collects rows; a phrase is folded like the text, so it may be written with accents. */
  static final class Builder<T> {
    private final List<Row<T>> rows = new ArrayList<>();

    Builder<T> add(T value, String... phrases) {
      String alternatives =
          java.util.Arrays.stream(phrases)
              .map(TextFolder::fold)
              .map(Builder::asRegex)
              .collect(Collectors.joining("|"));
      rows.add(
          new Row<>(
              value,
              Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])")));
      return this;
    }

    /**
     * Adds a row written as a regular expression over folded text, for the few rules a phrase list
     * cannot say ("a number, then 'consigli'").
     */
    Builder<T> addPattern(T value, String regex) {
      rows.add(new Row<>(value, Pattern.compile(regex)));
      return this;
    }

    Vocabulary<T> build() {
      return new Vocabulary<>(rows);
    }

    private static String asRegex(String phrase) {
      StringBuilder regex = new StringBuilder();
      for (String word : phrase.split(" ")) {
        if (regex.length() > 0) {
          regex.append("\\s+");
        }
        regex.append(Pattern.quote(word));
      }
      return regex.toString();
    }
  }
}
