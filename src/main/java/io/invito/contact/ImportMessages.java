package io.invito.contact;

import io.invito.config.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The import report's words in one language, from {@code contact/import_<code>.properties}: one
 * text per {@link ImportFinding.Kind}, with {@code {file}}, {@code {line}} and the values {@code
 * {0}}, {@code {1}}... The CLI and the desk both render a report through it, so they word it alike.
 */
public final class ImportMessages {
  private static final Map<Language, ImportMessages> LOADED = new EnumMap<>(Language.class);

  /** The texts of the kinds, then of the lines around them ({@code person}, {@code cli.*}). */
  private final Properties texts;

  private final Language language;

  private ImportMessages(Language language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  /** The owner's language's texts, read from the jar once. */
  public static synchronized ImportMessages of(Language language) {
    return LOADED.computeIfAbsent(language, ImportMessages::load);
  }

  public Language language() {
    return language;
  }

  /**
   * A finding in words. A problem's text names its place ({@code giulia.vcf: line 3: no first or
   * last name; row skipped}); a reason's text does not, its person's line does ({@code language it
   * (e-mail .it)}).
   */
  public String line(ImportFinding finding) {
    return fill(text(finding.kind().name()), finding.file(), finding.line(), finding.values());
  }

  /**
   * A person added, in full: {@code Connections.csv: line 5: marco-rossi: language it (Marco is an
   * Italian name), zone Europe/Rome (Italian), ...}.
   */
  public String line(GuessedPerson person) {
    String reasons = String.join(", ", person.because().stream().map(this::line).toList());
    return fill(text("person"), person.file(), person.line(), List.of(person.id(), reasons));
  }

  public List<String> problems(ContactImporter.Report report) {
    return report.problems().stream().map(this::line).toList();
  }

  public List<String> guessed(ContactImporter.Report report) {
    return report.guessed().stream().map(this::line).toList();
  }

  /** One of the texts around the findings ({@code cli.counts}...), with {0}, {1}... filled in. */
  public String text(String key, Object... values) {
    return fill(text(key), "", 0, java.util.Arrays.stream(values).map(String::valueOf).toList());
  }

  /** The keys this language has a text for (a test checks every kind has one in each). */
  Set<String> keys() {
    return texts.stringPropertyNames();
  }

  private String text(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("import message '" + key + "' is missing for " + language);
    }
    return text;
  }

  /**
   * Replaces the placeholders in one pass, so a value that itself holds {@code {1}} (a name, a CSV
   * cell) is never read as one. No MessageFormat: it eats the apostrophes both languages use.
   */
  private static String fill(String template, String file, long line, List<String> values) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, at, template.length());
        break;
      }
      out.append(template, at, open);
      String name = template.substring(open + 1, close);
      String value = value(name, file, line, values);
      out.append(value == null ? template.substring(open, close + 1) : value);
      at = close + 1;
    }
    return out.toString();
  }

  private static String value(String name, String file, long line, List<String> values) {
    if (name.equals("file")) {
      return file;
    }
    if (name.equals("line")) {
      return Long.toString(line);
    }
    if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() < 3) {
      int index = Integer.parseInt(name);
      return index < values.size() ? values.get(index) : null;
    }
    return null;
  }

  private static ImportMessages load(Language language) {
    String resource = "/contact/import_" + language.code() + ".properties";
    Properties texts = new Properties();
    try (InputStream in = ImportMessages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + resource);
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new ImportMessages(language, texts);
  }
}
