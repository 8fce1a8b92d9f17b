package io.invito.draft;

import io.invito.config.ConfigException;
import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Formality;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  /**
   * The templates beyond the invitations (issue 19), each with its own variables: the week's public
   * post and its short form, and the opening line of a phone call. A folder written before they
   * existed lacks them; the bundled ones stand in until the user adds their own.
   */
  static final Map<String, Set<String>> EXTRA_VARIABLES =
      Map.of(
          "post", Set.of("week", "events", "ownerName"),
          "post.short", Set.of("week", "events", "ownerName"),
          "call", Set.of("name", "firstName", "ownerName", "title", "when", "reason"));

  private static final Pattern FILE_NAME =
      Pattern.compile(
          "(email|linkedin|whatsapp|phone|call|post|post\\.short)(?:\\.(formal|informal))?\\.txt");

  /** Where the jar keeps the shipped templates (the pom copies {@code config/templates} there). */
  private static final String BUNDLED = "/invito/templates/";

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
                  + " email, linkedin, whatsapp, phone; or call, post, post.short)");
        }
        String key = language.code() + "/" + fileName;
        templates.put(key, read(text(file, shown + "/" + fileName), shown + "/" + fileName));
      }
      for (String extra : EXTRA_VARIABLES.keySet()) {
        bundledIfMissing(templates, language, extra, shown);
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
    return require(language, base(channel), formality);
  }

  /**
   * The template of a channel, a post or a call: {@code <base>.<formality>.txt} when present, else
   * {@code <base>.txt}.
   */
  Template require(Language language, String base, Formality formality) {
    String prefix = language.code() + "/" + base;
    String specific = prefix + "." + formality.name().toLowerCase(Locale.ROOT) + ".txt";
    Template template = templates.getOrDefault(specific, templates.get(prefix + ".txt"));
    if (template == null) {
      throw new IllegalStateException("no template " + prefix + ".txt although load checked it");
    }
    return template;
  }

  /**
   * A kind of template the user's folder has no file of at all takes every bundled file of that
   * kind (a folder from before issue 19 lacks call and post); one the user has is theirs alone.
   */
  private static void bundledIfMissing(
      Map<String, Template> templates, Language language, String base, String shown) {
    String prefix = language.code() + "/" + base + ".";
    boolean hasOwn =
        templates.keySet().stream()
            .anyMatch(
                key ->
                    key.equals(prefix + "txt")
                        || key.equals(prefix + "formal.txt")
                        || key.equals(prefix + "informal.txt"));
    if (hasOwn) {
      if (!templates.containsKey(prefix + "txt")) {
        throw new ConfigException(
            shown
                + "/"
                + base
                + ".txt: required template is missing (the formal or informal"
                + " one alone is not enough)");
      }
      return;
    }
    for (String variant : List.of("txt", "formal.txt", "informal.txt")) {
      String resource = BUNDLED + prefix + variant;
      try (InputStream in = TemplateSet.class.getResourceAsStream(resource)) {
        if (in != null) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          templates.put(prefix + variant, read(text, "(bundled) templates/" + prefix + variant));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled template " + resource, e);
      }
    }
    if (!templates.containsKey(prefix + "txt")) {
      throw new IllegalStateException("the jar has no " + BUNDLED + prefix + "txt");
    }
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

  private static String text(Path file, String name) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ConfigException(name + ": is not UTF-8 text", e);
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static Template read(String content, String name) {
    String text = content;
    Set<String> allowed = allowed(name);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Template.Line> lines = new ArrayList<>();
    String[] raw = text.split("\\R", -1);
    for (int index = 0; index < raw.length; index++) {
      lines.add(new Template.Line(raw[index], variables(raw[index], name, index + 1, allowed)));
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
  /** The variables the file's kind may use: an invitation's, a post's or a call's. */
  private static Set<String> allowed(String name) {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    String base = fileName.replaceFirst("(\\.(formal|informal))?\\.txt$", "");
    return EXTRA_VARIABLES.getOrDefault(base, VARIABLES);
  }

  private static Set<String> variables(String line, String name, int number, Set<String> allowed) {
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
      if (!allowed.contains(variable)) {
        throw new ConfigException(
            "%s: line %d: unknown variable ${%s} (known: %s)"
                .formatted(
                    name, number, variable, String.join(", ", allowed.stream().sorted().toList())));
      }
      found.add(variable);
      from = end + 1;
    }
    return found;
  }
}
