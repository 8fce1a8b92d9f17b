package io.invito.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name as a salutation needs it. Profiles decorate names ("Marco Rossi 🚀", "Anna Smith, PhD",
 * "Giulia (she/her)", "LUCA BIANCHI | Sales"); an invitation that greets the decoration reads as a
 * mail merge, so both the import and the drafts read names through here.
 */
public final class PersonName {
  /** Emoji, pictographs, flags, their joiners and skin tones, and keycap marks. */
  private static final Pattern SYMBOLS =
      Pattern.compile("[\\p{So}\\p{Sk}\\p{Cn}\\p{Co}\\x{FE0F}\\x{FE0E}\\x{200D}\\x{20E3}]");

  /** "(she/her)", "[Sales]": words in brackets; "(1)" and the like stay, being no decoration. */
  private static final Pattern BRACKETED =
      Pattern.compile("\\s*[(\\[][^)\\]]*\\p{L}[^)\\]]*[)\\]]");

  /** "Smith, PhD", "Rossi | Marketing", "Bianchi – Consulente": what follows is no name. */
  private static final Pattern TAIL = Pattern.compile("\\s*(,|\\||\\s[–—-]\\s|•|·).*$");

  private static final Set<String> CREDENTIALS =
      Set.of(
          "phd", "ph.d.", "ph.d", "mba", "cpa", "cfa", "pmp", "msc", "m.sc.", "bsc", "ma", "cissp",
          "cism", "cisa", "md", "esq", "esq.", "acca", "frsa", "ceng", "mcips");

  private static final Pattern LEADING_TITLE =
      Pattern.compile(
          "^(?i)(dott\\.ssa|dott\\.?|dr\\.?|prof\\.ssa|prof\\.?|ing\\.?|avv\\.?|arch\\.?"
              + "|geom\\.?|rag\\.?|mr\\.?|mrs\\.?|ms\\.?|sig\\.ra|sig\\.?)\\s+(?=\\p{L})");

  private PersonName() {}

  /** The name without decorations, spaced once, capitalised when written all in one case. */
  public static String clean(String name) {
    if (name == null) {
      return "";
    }
    String text = SYMBOLS.matcher(name).replaceAll(" ");
    text = BRACKETED.matcher(text).replaceAll(" ");
    text = TAIL.matcher(text).replaceFirst("");
    text = text.replaceAll("\\s+", " ").strip();
    String[] words = text.split(" ");
    int end = words.length;
    while (end > 1 && CREDENTIALS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
      end--;
    }
    text = String.join(" ", java.util.Arrays.copyOf(words, end)).strip();
    return oneCase(text) ? capitalised(text) : text;
  }

  /** "Dott.ssa Elena" → Dott.ssa: the title someone put into the first-name field. */
  public static Optional<String> leadingTitle(String name) {
    Matcher matcher = LEADING_TITLE.matcher(name == null ? "" : name.strip());
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The name after a leading title: "Dott.ssa Elena" → Elena. */
  public static String withoutTitle(String name) {
    return LEADING_TITLE.matcher(name == null ? "" : name.strip()).replaceFirst("");
  }

  private static boolean oneCase(String text) {
    boolean letters = text.chars().anyMatch(Character::isLetter);
    return letters
        && (text.equals(text.toUpperCase(Locale.ROOT))
            || text.equals(text.toLowerCase(Locale.ROOT)))
        && text.codePoints().filter(Character::isLetter).count() > 1;
  }

  /** "MARCO DE LUCA" → "Marco De Luca"; "d'ANGELO" → "D'Angelo"; hyphens keep both halves. */
  private static String capitalised(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean start = true;
    for (int index = 0; index < text.length(); index++) {
      char c = text.charAt(index);
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '\'' || c == '’';
    }
    return out.toString();
  }
}
