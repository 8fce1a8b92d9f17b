package io.invito.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds sources to a config folder's {@code sources.yaml}. The new entries are appended to the
 * file's text, so its comments and layout stay as the user wrote them; when the file is in a shape
 * that appending cannot extend (a flow list, no file yet), it is written anew with a header
 * comment. Either way the file is replaced atomically: a crash leaves the old one or the new one,
 * never half of it.
 */
public final class SourcesFileWriter {
  /** How the file was changed: its text kept and extended, or written anew. */
  public enum Change {
    APPENDED,
    REWRITTEN
  }

  static final String HEADER =
      """
      # Sources invito reads events from: feeds (RSS/Atom), calendars (ics) and event pages.
      # Each needs an id (letters, digits, '.', '_', '-') and an http(s) url; type is feed
      # (the default), ics or page. Optional: language (it, en), timeZone, tags, follow.
      """;
  private static final Pattern BLOCK_KEY = Pattern.compile("(?m)^sources:[ \\t]*(#.*)?$");
  private static final Pattern FIRST_ITEM = Pattern.compile("(?m)^([ \\t]*)- ");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SourcesFileWriter() {}

  /**
   * Adds the sources after the existing ones.
   *
   * @param existing the sources the file holds now, as loaded (used when it must be rewritten)
   */
  public static Change append(Path configDir, List<Source> existing, List<Source> added) {
    Path file = configDir.resolve(ConfigLoader.SOURCES_FILE);
    try {
      String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      Matcher key = BLOCK_KEY.matcher(text);
      if (key.find() && !existing.isEmpty()) {
        String after = text.substring(key.end());
        Matcher item = FIRST_ITEM.matcher(after);
        String indent = item.find() ? item.group(1) : "  ";
        StringBuilder appended = new StringBuilder(text);
        if (!text.endsWith("\n")) {
          appended.append('\n');
        }
        added.forEach(source -> appended.append(entry(source, indent)));
        if (holds(appended.toString(), existing.size() + added.size())) {
          replace(file, appended.toString());
          return Change.APPENDED;
        }
      }
      List<Source> all = new ArrayList<>(existing);
      all.addAll(added);
      replace(file, render(all));
      return Change.REWRITTEN;
    } catch (IOException failed) {
      throw new ConfigException(
          ConfigLoader.SOURCES_FILE
              + ": cannot be written in "
              + configDir
              + ": "
              + failed.getMessage(),
          failed);
    }
  }

  /** A whole sources.yaml for these sources, with the header comment. */
  public static String render(List<Source> sources) {
    StringBuilder text = new StringBuilder(HEADER).append("sources:");
    if (sources.isEmpty()) {
      return text.append(" []\n").toString();
    }
    text.append('\n');
    sources.forEach(source -> text.append(entry(source, "  ")));
    return text.toString();
  }

  /** One list item; strings are double-quoted JSON-style, which YAML reads the same way. */
  static String entry(Source source, String indent) {
    String inner = indent + "  ";
    StringBuilder yaml =
        new StringBuilder()
            .append(indent)
            .append("- id: ")
            .append(quote(source.id()))
            .append('\n')
            .append(inner)
            .append("url: ")
            .append(quote(source.url().toString()))
            .append('\n')
            .append(inner)
            .append("type: ")
            .append(source.type().name().toLowerCase(java.util.Locale.ROOT))
            .append('\n');
    source
        .language()
        .ifPresent(
            language ->
                yaml.append(inner).append("language: ").append(language.code()).append('\n'));
    source
        .zone()
        .ifPresent(
            zone ->
                yaml.append(inner).append("timeZone: ").append(quote(zone.getId())).append('\n'));
    if (!source.tags().isEmpty()) {
      yaml.append(inner)
          .append("tags: [")
          .append(String.join(", ", source.tags().stream().map(SourcesFileWriter::quote).toList()))
          .append("]\n");
    }
    if (source.follow()) {
      yaml.append(inner).append("follow: true\n");
    }
    return yaml.toString();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  /** Whether the text parses to a sources list of that many entries: appending worked. */
  private static boolean holds(String text, int count) {
    try {
      JsonNode sources = YAML.readTree(text).path("sources");
      return sources.isArray() && sources.size() == count;
    } catch (JsonProcessingException unparsable) {
      return false; // the append broke the file's shape: it is written anew instead
    }
  }

  private static void replace(Path file, String text) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), ".sources-", ".yaml.tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException notHere) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
