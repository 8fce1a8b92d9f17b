package io.invito.draft;

import io.invito.config.ConfigException;
import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Formality;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The invitation templates of {@code config/templates/<language>/}, checked at load so that a typo
 * in a variable fails the run with its file and line instead of reaching a contact.
 */
public final class TemplateSet {
  /** The closed set of variables a template may use; the writer always supplies every one. */
  static final Set<String> VARIABLES =
      Set.of(
          "salutation",
          "firstName",
          "toFirstName",
          "opening",
          "reason",
          "title",
          "when",
          "format",
          "price",
          "organizer",
          "url",
          "signature",
          "ownerName",
          "changeNote");

  private static final String KNOWN = String.join(", ", VARIABLES.stream().sorted().toList());
  private static final Pattern FILE_NAME =
      Pattern.compile("(email|linkedin|whatsapp|phone)(?:\\.(formal|informal))?\\.txt");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$+\\{");

  private final Map<String, Template> templates;

  private TemplateSet(Map<String, Template> templates) {
    this.templates = Map.copyOf(templates);
  }

  /** Reads and checks every template; both languages and every channel's plain file must exist. */
  public static TemplateSet load(Path templatesDir) {
    String folder =
        Optional.ofNullable(templatesDir.getFileName()).map(Path::toString).orElse("templates");
    Map<String, Template> templates = new HashMap<>();
    for (Language language : Language.values()) {
      Path dir = templatesDir.resolve(language.code());
      String shown = folder + "/" + language.code();
      if (!Files.isDirectory(dir)) {
        throw new ConfigException(shown + ": template folder is missing (looked for " + dir + ")");
      }
      for (Path file : textFiles(dir, shown)) {
        String fileName = file.getFileName().toString();
        if (!FILE_NAME.matcher(fileName).matches()) {
          throw new ConfigException(
              shown
                  + "/"
                  + fileName
                  + ": unknown template name (expected"
                  + " <channel>.txt or <channel>.formal.txt / <channel>.informal.txt, channel one of"
                  + " email, linkedin, whatsapp, phone)");
        }
        String key = language.code() + "/" + fileName;
        templates.put(key, read(file, shown + "/" + fileName));
      }
      for (Channel channel : Channel.values()) {
        String fileName = base(channel) + ".txt";
        if (!templates.containsKey(language.code() + "/" + fileName)) {
          throw new ConfigException(shown + "/" + fileName + ": required template is missing");
        }
      }
    }
    return new TemplateSet(templates);
  }

  /**
   * The template for a channel: {@code <channel>.<formality>.txt} when present, else the plain one.
   */
  Template require(Language language, Channel channel, Formality formality) {
    String prefix = language.code() + "/" + base(channel);
    String specific = prefix + "." + formality.name().toLowerCase(Locale.ROOT) + ".txt";
    Template template = templates.getOrDefault(specific, templates.get(prefix + ".txt"));
    if (template == null) {
      throw new IllegalStateException("no template " + prefix + ".txt although load checked it");
    }
    return template;
  }

  static String base(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }

  private static List<Path> textFiles(Path dir, String shown) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".txt"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ConfigException(shown + ": cannot list templates: " + e.getMessage(), e);
    }
  }

  private static Template read(Path file, String name) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ConfigException(name + ": is not UTF-8 text", e);
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot be read: " + e.getMessage(), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Template.Line> lines = new ArrayList<>();
    String[] raw = text.split("\\R", -1);
    for (int index = 0; index < raw.length; index++) {
      lines.add(new Template.Line(raw[index], variables(raw[index], name, index + 1)));
    }
    if (name.contains("/email.")) {
      checkSubject(raw, name);
    }
    return new Template(name, lines);
  }

  /** The e-mail template is a message: a Subject line, a blank line, then the body. */
  private static void checkSubject(String[] lines, String name) {
    if (!lines[0].startsWith("Subject: ") || lines[0].substring(9).isBlank()) {
      throw new ConfigException(
          name + ": line 1: must be 'Subject: ...', found '" + lines[0] + "'");
    }
    if (lines.length < 3 || !lines[1].isBlank()) {
      throw new ConfigException(name + ": line 2: must be blank, between the subject and the body");
    }
  }

  /** The ${...} names on a line, as StringSubstitutor will see them ($${x} is an escape). */
  private static Set<String> variables(String line, String name, int number) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(line);
    int from = 0;
    while (matcher.find(from)) {
      int end = line.indexOf('}', matcher.end());
      // StringSubstitutor treats "$${" as an escaped, literal "${": only the preceding char counts.
      boolean escaped = matcher.group().length() > 2;
      if (escaped) {
        from = matcher.end();
        continue;
      }
      if (end < 0) {
        throw new ConfigException(
            "%s: line %d: unclosed ${ at column %d".formatted(name, number, matcher.end() - 1));
      }
      String variable = line.substring(matcher.end(), end);
      if (!VARIABLES.contains(variable)) {
        throw new ConfigException(
            "%s: line %d: unknown variable ${%s} (known: %s)"
                .formatted(name, number, variable, KNOWN));
      }
      found.add(variable);
      from = end + 1;
    }
    return found;
  }
}
