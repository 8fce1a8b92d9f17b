package io.invito.contact;

import io.invito.config.ConfigException;
import io.invito.config.Language;
import io.invito.contact.ImportFinding.Kind;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Imports people from the files the owner already has (LinkedIn's Connections.csv, vCards, any CSV)
 * into their contacts file, which stays the one the owner edits. A person already there, found by
 * e-mail or LinkedIn URL, only gets the cells that were empty; every column the owner keeps is left
 * as it was.
 */
public final class ContactImporter {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * The columns an import may add to a file that lacks them, each only once a value goes into it:
   * merging people already there adds no empty column to the owner's file.
   */
  private static final Set<Column> IMPORTED =
      EnumSet.of(
          Column.FIRST_NAME,
          Column.LAST_NAME,
          Column.TITLE,
          Column.EMAIL,
          Column.COMPANY,
          Column.ROLE,
          Column.NOTES,
          Column.LINKEDIN_URL,
          Column.PHONE,
          Column.LANGUAGES,
          Column.TIME_ZONE,
          Column.FORMALITY);

  /**
   * Guessed for new people only (see {@link ProfileGuesser}); for people already there they stay
   * the owner's to say.
   */
  private static final Set<Column> GUESSED_FOR_NEW =
      EnumSet.of(Column.LANGUAGES, Column.TIME_ZONE, Column.FORMALITY);

  /** What an export is. */
  public enum Format {
    LINKEDIN,
    VCARD,
    CSV
  }

  /**
   * What an import did, as data; {@link ImportMessages} words it in the owner's language.
   *
   * @param updated people already in the file who got a cell that was empty
   * @param unchanged people already in the file with nothing new
   * @param problems one per row it could not use (or read only in part), naming file and line, and
   *     the notes on the contacts file as a whole (its example people)
   * @param guessed for each person added, what invito filled in and what it rests on, worded as
   *     {@code Connections.csv: line 5: anna-smith: language en (e-mail .uk), zone Europe/London
   *     (e-mail .uk), formality informal (English: first name, no title known)}
   */
  public record Report(
      int added,
      int updated,
      int unchanged,
      List<ImportFinding> problems,
      List<GuessedPerson> guessed) {
    public Report {
      problems = List.copyOf(problems);
      guessed = List.copyOf(guessed);
    }
  }

  private ContactImporter() {}

  /**
   * What to import, and for whom.
   *
   * @param format the export's format, or empty to tell it from the content
   * @param mapping for CSV: {@code Nome=first_name,Cognome=last_name}; empty for headers that
   *     already name contacts columns
   * @param ownerLanguage a number without a country code is in the owner's country, and where
   *     nothing tells a person's language or zone, the owner's are taken (and the report says so)
   * @param suggest for each person added without interests, the interests found in their position
   *     and company, reported as suggestions only: they are not written, the owner adds the ones
   *     that are right ({@code contacts edit ID --set interests=...})
   */
  public record Request(
      Path source,
      Optional<Format> format,
      String mapping,
      Language ownerLanguage,
      ZoneId ownerZone,
      Function<String, List<String>> suggest) {
    /** The export alone: its format told from the content, an Italian owner, no suggestions. */
    public static Request of(Path source) {
      return new Request(
          source, Optional.empty(), "", Language.IT, ZoneId.of("Europe/Rome"), text -> List.of());
    }

    public Request as(Format format, String mapping) {
      return new Request(source, Optional.of(format), mapping, ownerLanguage, ownerZone, suggest);
    }

    public Request forOwner(Language language, ZoneId zone) {
      return new Request(source, format, mapping, language, zone, suggest);
    }

    public Request suggesting(Function<String, List<String>> interests) {
      return new Request(source, format, mapping, ownerLanguage, ownerZone, interests);
    }
  }

  /**
   * Imports the request's export into {@code contactsFile}, creating it if it does not exist.
   *
   * @throws ConfigException when the export or the contacts file cannot be read, or the mapping is
   *     wrong; the contacts file is then left as it was
   */
  public static Report importFile(Request request, Path contactsFile) {
    return run(request, contactsFile, true);
  }

  /**
   * What {@link #importFile} would do, writing nothing: neither the contacts file nor the examples
   * set aside (the desk's preview). Imported next on the same files, the report is exactly this
   * one.
   */
  public static Report preview(Request request, Path contactsFile) {
    return run(request, contactsFile, false);
  }

  private static Report run(Request request, Path contactsFile, boolean write) {
    Path source = request.source();
    String fileName = String.valueOf(source.getFileName());
    String text = ContactsReader.readText(source, fileName);
    List<ImportFinding> problems = new ArrayList<>();
    Format detected = request.format().orElseGet(() -> detect(text));
    List<ImportedRow> rows =
        switch (detected) {
          case LINKEDIN -> LinkedInReader.read(text, fileName, problems);
          case VCARD -> VcfReader.read(text, fileName, problems);
          case CSV ->
              MappedCsvReader.read(
                  text, fileName, MappedCsvReader.mapping(request.mapping()), problems);
        };
    ContactsFile file = ContactsFile.read(contactsFile);
    // The owner's people never join the examples invito ships with in one file.
    Optional<ImportFinding> setAside = BundledExamples.setAside(file, contactsFile, write);
    setAside.ifPresent(problems::add);
    ProfileGuesser guesser =
        new ProfileGuesser(fileName, request.ownerLanguage(), request.ownerZone());
    // Names cleaned and the phone in E.164 before anything is compared or filled.
    List<ProfileGuesser.Guess> guesses =
        rows.stream().map(row -> guesser.guess(row, detected)).toList();
    Report report = new Merge(file, fileName, problems, request.suggest()).apply(rows, guesses);
    if (write && (report.added() + report.updated() > 0 || setAside.isPresent())) {
      file.write();
    }
    return report;
  }

  /** A vCard begins with BEGIN:VCARD; LinkedIn's header is unmistakable; anything else is CSV. */
  static Format detect(String text) {
    if (VcfReader.recognizes(text)) {
      return Format.VCARD;
    }
    return LinkedInReader.recognizes(text) ? Format.LINKEDIN : Format.CSV;
  }

  /** Folds a LinkedIn URL to compare: no scheme, no "www.", no query, no trailing slash. */
  static String profileKey(String url) {
    String key =
        url.strip()
            .toLowerCase(Locale.ROOT)
            .replaceFirst("^https?://", "")
            .replaceFirst("^[a-z]{2,3}\\.linkedin", "linkedin")
            .replaceFirst("^www\\.", "");
    int cut = key.indexOf('?');
    key = cut < 0 ? key : key.substring(0, cut);
    return key.replaceAll("/+$", "");
  }

  /** One import into one file: the file's people by key, updated as rows are added. */
  private static final class Merge {
    private final ContactsFile file;
    private final String source;
    private final List<ImportFinding> problems;
    private final Map<Column, Integer> columns;
    private final Map<String, List<String>> byEmail = new HashMap<>();
    private final Map<String, List<String>> byProfile = new HashMap<>();
    private final Map<String, List<List<String>>> byName = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final List<GuessedPerson> guessed = new ArrayList<>();
    private final Function<String, List<String>> suggest;
    private int added;
    private int updated;
    private int unchanged;

    Merge(
        ContactsFile file,
        String source,
        List<ImportFinding> problems,
        Function<String, List<String>> suggest) {
      this.file = file;
      this.source = source;
      this.problems = problems;
      this.suggest = suggest;
      this.columns = file.columns(EnumSet.noneOf(Column.class));
      List<String> examples = new ArrayList<>();
      for (List<String> row : file.rows()) {
        if (BundledExamples.isExample(row, columns)) {
          // Nobody imported is merged into an example of the same name; its id stays taken.
          String id = cell(row, Column.ID);
          examples.add(id.isEmpty() ? cell(row, Column.EMAIL) : id);
          ids.add(id);
        } else {
          remember(row);
        }
      }
      if (!examples.isEmpty()) {
        problems.add(
            ImportFinding.of(
                file.fileName(),
                0,
                Kind.EXAMPLES_LEFT,
                examples.size(),
                String.join(", ", examples)));
      }
    }

    Report apply(List<ImportedRow> rows, List<ProfileGuesser.Guess> guesses) {
      for (int index = 0; index < rows.size(); index++) {
        ImportedRow imported = rows.get(index);
        ProfileGuesser.Guess guess = guesses.get(index);
        ImportedRow row = new ImportedRow(imported.line(), guess.cells(), imported.categories());
        String email = row.cell(Column.EMAIL);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
          problem(row, Kind.NOT_AN_EMAIL, email);
          continue;
        }
        if (row.cell(Column.FIRST_NAME).isEmpty() && row.cell(Column.LAST_NAME).isEmpty()) {
          problem(row, Kind.NO_NAME);
          continue;
        }
        List<String> byMail = email.isEmpty() ? null : byEmail.get(email.toLowerCase(Locale.ROOT));
        String url = row.cell(Column.LINKEDIN_URL);
        List<String> byUrl = url.isEmpty() ? null : byProfile.get(profileKey(url));
        if (byMail != null && byUrl != null && byMail != byUrl) {
          problem(row, Kind.TWO_PEOPLE, file.fileName());
          continue;
        }
        List<String> existing = byMail != null ? byMail : byUrl;
        if (existing == null) {
          existing = sameNameNothingContradicts(row);
        }
        if (existing == null) {
          add(row, guess);
        } else if (fill(existing, row)) {
          updated++;
        } else {
          unchanged++;
        }
      }
      return new Report(added, updated, unchanged, problems, guessed);
    }

    /**
     * The one person of that name in the file, when neither side's e-mail or URL contradicts the
     * other's: LinkedIn hides most e-mails, and an address book has no LinkedIn URLs, so the same
     * person often shares no key between the two. Two people of one name are never guessed at.
     */
    private List<String> sameNameNothingContradicts(ImportedRow row) {
      List<List<String>> same =
          byName.getOrDefault(
              nameKey(row.cell(Column.FIRST_NAME), row.cell(Column.LAST_NAME)), List.of());
      if (same.size() != 1) {
        return null;
      }
      List<String> existing = same.get(0);
      boolean emails = row.cell(Column.EMAIL).isEmpty() || cell(existing, Column.EMAIL).isEmpty();
      boolean urls =
          row.cell(Column.LINKEDIN_URL).isEmpty() || cell(existing, Column.LINKEDIN_URL).isEmpty();
      return emails && urls ? existing : null;
    }

    private boolean fill(List<String> existing, ImportedRow row) {
      boolean changed = false;
      // In the columns' own order, so columns an import adds come in the usual order.
      for (Column column : Column.values()) {
        String value = row.cell(column);
        if (GUESSED_FOR_NEW.contains(column)) {
          continue; // the owner's row: its language, zone and formality are theirs
        }
        if (value.isBlank() || !cell(existing, column).isEmpty()) {
          continue;
        }
        Optional<Integer> index = index(column);
        if (index.isPresent()) {
          ContactsFile.set(existing, index.get(), value);
          changed = true;
        }
      }
      if (changed) {
        remember(existing);
      }
      return changed;
    }

    private void add(ImportedRow row, ProfileGuesser.Guess guess) {
      List<String> fresh = new ArrayList<>();
      for (Column column : Column.values()) {
        String value = row.cell(column);
        if (!value.isBlank()) {
          index(column).ifPresent(at -> ContactsFile.set(fresh, at, value));
        }
      }
      Integer id = columns.get(Column.ID);
      String newId = uniqueId(row);
      if (id != null) {
        ContactsFile.set(fresh, id, newId);
      }
      List<ImportFinding> because = new ArrayList<>(guess.because());
      if (row.cell(Column.INTERESTS).isEmpty()) {
        List<String> interests =
            suggest.apply((row.cell(Column.ROLE) + " " + row.cell(Column.COMPANY)).strip());
        if (!interests.isEmpty()) {
          because.add(
              ImportFinding.of(
                  source, row.line(), Kind.INTERESTS_TO_CONSIDER, String.join("; ", interests)));
        }
      }
      guessed.add(new GuessedPerson(source, row.line(), newId, because));
      // Defaults written out, so the owner sees and can change them.
      setIfKnown(fresh, Column.CHANNEL, channel(row));
      setIfKnown(fresh, Column.OPT_OUT, "no");
      file.rows().add(fresh);
      remember(fresh);
      added++;
    }

    /** E-mail when there is an address, else LinkedIn when there is a profile, else WhatsApp. */
    private static String channel(ImportedRow row) {
      if (!row.cell(Column.EMAIL).isEmpty()) {
        return "email";
      }
      if (!row.cell(Column.LINKEDIN_URL).isEmpty()) {
        return "linkedin";
      }
      return row.cell(Column.PHONE).isEmpty() ? "email" : "whatsapp";
    }

    /**
     * Where a column is in the file; one an import brings is added only now that a value goes into
     * it, so the owner's file never gains a column of empty cells.
     */
    private Optional<Integer> index(Column column) {
      Integer at = columns.get(column);
      if (at == null && IMPORTED.contains(column)) {
        at = file.columns(EnumSet.of(column)).get(column);
        columns.put(column, at);
      }
      return Optional.ofNullable(at);
    }

    private void setIfKnown(List<String> row, Column column, String value) {
      Integer index = columns.get(column);
      if (index != null) {
        ContactsFile.set(row, index, value);
      }
    }

    private String uniqueId(ImportedRow row) {
      String base =
          IdAssigner.slug((row.cell(Column.FIRST_NAME) + " " + row.cell(Column.LAST_NAME)).strip());
      String candidate = base;
      for (int suffix = 2; ids.contains(candidate); suffix++) {
        candidate = base + "-" + suffix;
      }
      return candidate;
    }

    private void remember(List<String> row) {
      String email = cell(row, Column.EMAIL).toLowerCase(Locale.ROOT);
      if (!email.isEmpty()) {
        byEmail.putIfAbsent(email, row);
      }
      String url = cell(row, Column.LINKEDIN_URL);
      if (!url.isEmpty()) {
        byProfile.putIfAbsent(profileKey(url), row);
      }
      String first = cell(row, Column.FIRST_NAME);
      String last = cell(row, Column.LAST_NAME);
      // An id the reader would make up counts as taken, so a new one never collides with it.
      String id = cell(row, Column.ID);
      ids.add(id.isEmpty() ? IdAssigner.slug((first + " " + last).strip()) : id);
      List<List<String>> same =
          byName.computeIfAbsent(nameKey(first, last), key -> new ArrayList<>());
      if (same.stream().noneMatch(other -> other == row)) {
        same.add(row);
      }
    }

    private String cell(List<String> row, Column column) {
      Integer index = columns.get(column);
      return index == null ? "" : ContactsFile.cell(row, index);
    }

    private static String nameKey(String first, String last) {
      return RowParser.fold(first + " " + last).strip();
    }

    private void problem(ImportedRow row, Kind kind, Object... values) {
      problems.add(ImportFinding.of(source, row.line(), kind, values));
    }
  }
}
