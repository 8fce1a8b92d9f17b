package io.invito.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place a plain page writes for its event, in Italian or English: a labelled line ("Dove:",
 * "Luogo:", "Location:", "Venue:"), a line opening with "presso" or "c/o", or a short line that
 * names a venue or a street with a number or a province ("Sala conferenze del Chiostro, c.so
 * Garibaldi 44", "Auditorium dell'Assunta - Rubano (PD)"). Only what the page writes; nothing is
 * looked up.
 */
final class Venues {
  private static final int MAX_LINE = 160;
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?iu)^\\s*(?:dove|luogo|sede|location|venue|where|place|indirizzo|address)\\s*:\\s*(.{3,})$");
  private static final Pattern PRESSO =
      Pattern.compile(
          "(?iu)(?:^|[,.;–-]\\s*)(?:presso|c/o)\\s+(?:(?:il|la|lo|l'|i|gli|le)\\s*)?(.{3,})$");
  private static final Pattern VENUE_WORD =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(via|viale|piazza|p\\.zza|piazzale|corso|c\\.so|largo|strada|vicolo|"
              + "sala|aula|auditorium|teatro|chiesa|palazzo|museo|biblioteca|castello|villa|"
              + "centro congressi|fiera|polo|campus|street|st\\.|avenue|ave\\.|road|hall|room|"
              + "library|theatre|theater|church|museum|centre|center)(?![\\p{L}])");

  /** A street number, a postcode or an Italian province in brackets: what an address has. */
  private static final Pattern ADDRESS_MARK =
      Pattern.compile("(?<![\\d/.:])\\d{1,5}(?![\\d/.:])|\\([A-Z]{2}\\)");

  private static final Pattern ONLINE =
      Pattern.compile("(?iu)\\b(online|zoom|teams|meet|webinar|streaming|youtube|in diretta)\\b");

  private Venues() {}

  /** The first line of the text that says where, if any. */
  static Optional<String> find(String text) {
    for (String line : text.split("\n")) {
      if (line.length() > MAX_LINE || ONLINE.matcher(line).find()) {
        continue;
      }
      Matcher labelled = LABELLED.matcher(line);
      if (labelled.matches()) {
        return Optional.of(labelled.group(1).strip());
      }
      Matcher presso = PRESSO.matcher(line);
      if (presso.find()) {
        return Optional.of(presso.group(1).replaceAll("[\\s.:]+$", "").strip());
      }
      if (VENUE_WORD.matcher(line).find() && ADDRESS_MARK.matcher(line).find()) {
        return Optional.of(line.strip());
      }
    }
    return Optional.empty();
  }
}
