package io.invito.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the feeds listed in an OPML file, the list every feed reader imports and exports. OPML is
 * untrusted XML: a DOCTYPE is refused outright, so no entity is ever declared or expanded (no
 * billion laughs, no external entities reading local files). Nested outlines without a URL are
 * folders; their names become the tags of the feeds inside.
 */
public final class OpmlReader {
  /**
   * One feed, calendar or page an OPML file lists.
   *
   * @param title the outline's text or title, as a reader showed it
   * @param line where in the file the outline begins, for messages
   */
  public record Entry(
      String title,
      URI url,
      SourceType type,
      List<String> tags,
      Optional<Language> language,
      Optional<ZoneId> zone,
      boolean follow,
      int line) {
    public Entry {
      tags = List.copyOf(tags);
    }
  }

  /** The usable entries of a file, and one message per outline that was skipped. */
  public record Result(List<Entry> entries, List<String> skipped) {
    public Result {
      entries = List.copyOf(entries);
      skipped = List.copyOf(skipped);
    }
  }

  private final String name;
  private final List<Entry> entries = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  // One element per open <outline>: its folder name, or null when it is not a folder.
  private final Deque<String> folders = new ArrayDeque<>();

  private OpmlReader(String name) {
    this.name = name;
  }

  /**
   * Reads the file.
   *
   * @throws ConfigException naming the file (and line) when it cannot be read, is not well-formed
   *     XML, is not OPML, or declares a DOCTYPE
   */
  public static Result read(Path file) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (NoSuchFileException missing) {
      throw new ConfigException(name + ": file not found");
    } catch (IOException unreadable) {
      throw new ConfigException(name + ": cannot be read: " + unreadable.getMessage(), unreadable);
    }
  }

  /** Reads OPML from a stream; name is what messages call it. */
  public static Result read(InputStream in, String name) {
    OpmlReader reader = new OpmlReader(name);
    XMLStreamReader xml = null;
    try {
      xml = factory().createXMLStreamReader(in);
      reader.walk(xml);
    } catch (XMLStreamException broken) {
      int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNumber();
      throw new ConfigException(
          name + ": line " + line + ": not well-formed XML: " + firstLine(broken.getMessage()),
          broken);
    } finally {
      close(xml);
    }
    return new Result(reader.entries, reader.skipped);
  }

  private static XMLInputFactory factory() {
    // The JDK's own parser, whatever else is on the class path (Woodstox comes with some jars).
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  private void walk(XMLStreamReader xml) throws XMLStreamException {
    boolean root = true;
    while (xml.hasNext()) {
      int event = xml.next();
      int line = xml.getLocation().getLineNumber();
      if (event == XMLStreamConstants.DTD) {
        throw new ConfigException(
            name
                + ": line "
                + line
                + ": a DOCTYPE is not allowed in OPML "
                + "(it could declare entities that expand without end or read local files)");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        if (root && !element.equalsIgnoreCase("opml")) {
          throw new ConfigException(
              name
                  + ": line "
                  + line
                  + ": not an OPML file (its root "
                  + "element is <"
                  + element
                  + ">, not <opml>)");
        }
        root = false;
        if (element.equalsIgnoreCase("outline")) {
          outline(xml, line);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT
          && xml.getLocalName().equalsIgnoreCase("outline")) {
        folders.pop();
      }
    }
    if (root) {
      throw new ConfigException(name + ": not an OPML file (it has no elements)");
    }
  }

  private void outline(XMLStreamReader xml, int line) {
    String title = attribute(xml, "text").or(() -> attribute(xml, "title")).orElse("");
    Optional<String> feedUrl = attribute(xml, "xmlUrl");
    Optional<String> pageUrl =
        attribute(xml, "url")
            .filter(url -> attribute(xml, "type").filter(type -> type.equals("link")).isPresent());
    Optional<String> written = feedUrl.or(() -> pageUrl);
    if (written.isEmpty()) {
      folders.push(title.isBlank() ? "" : title.strip());
      return;
    }
    folders.push(""); // a feed's children, if any, are not folders of it
    String text = written.get();
    Optional<URI> url = httpUrl(text);
    String label = title.isBlank() ? "" : "'" + title + "' ";
    if (url.isEmpty()) {
      skipped.add(
          name
              + ": line "
              + line
              + ": outline "
              + label
              + "url '"
              + text
              + "' is not an http(s) URL; skipped");
      return;
    }
    String type = attribute(xml, "type").orElse("rss").toLowerCase(Locale.ROOT);
    SourceType sourceType =
        feedUrl.isEmpty()
            ? SourceType.PAGE
            : type.equals("ics")
                    || text.toLowerCase(Locale.ROOT).startsWith("webcal:")
                    || url.get().getPath().toLowerCase(Locale.ROOT).endsWith(".ics")
                ? SourceType.ICS
                : SourceType.FEED;
    Optional<Language> language = attribute(xml, "language").flatMap(Language::find);
    Optional<ZoneId> zone;
    try {
      zone = attribute(xml, "timeZone").map(ZoneId::of);
    } catch (DateTimeException unknown) {
      skipped.add(
          name
              + ": line "
              + line
              + ": outline "
              + label
              + "timeZone '"
              + attribute(xml, "timeZone").orElse("")
              + "' is not a time zone; skipped");
      return;
    }
    boolean follow = attribute(xml, "follow").filter(value -> value.equals("true")).isPresent();
    entries.add(
        new Entry(
            title.isBlank() ? url.get().getHost() : title.strip(),
            url.get(),
            sourceType,
            tags(xml),
            language,
            zone,
            follow,
            line));
  }

  /** The folders the outline sits in, then its own category attribute ("/a/b, c"). */
  private List<String> tags(XMLStreamReader xml) {
    Set<String> tags = new LinkedHashSet<>();
    List<String> open = new ArrayList<>(folders);
    for (int i = open.size() - 1; i >= 0; i--) { // the deque iterates innermost first
      if (!open.get(i).isEmpty()) {
        tags.add(open.get(i));
      }
    }
    attribute(xml, "category")
        .ifPresent(
            categories -> {
              for (String part : categories.split("[,/]")) {
                if (!part.isBlank()) {
                  tags.add(part.strip());
                }
              }
            });
    return new ArrayList<>(tags);
  }

  /** http and https with a host; webcal: is how calendars are often linked, and means https. */
  static Optional<URI> httpUrl(String text) {
    String value = text.strip();
    if (value.regionMatches(true, 0, "webcal:", 0, 7)) {
      value = "https:" + value.substring(7);
    }
    return Source.httpUrl(value);
  }

  /** An attribute by name, ignoring case as feed readers do ("xmlurl" is common). */
  private static Optional<String> attribute(XMLStreamReader xml, String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equalsIgnoreCase(name)) {
        String value = xml.getAttributeValue(i);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message;
    int cut = text.lastIndexOf("Message: ");
    return (cut >= 0 ? text.substring(cut + 9) : text).lines().findFirst().orElse("").strip();
  }

  private static void close(XMLStreamReader xml) {
    if (xml == null) {
      return;
    }
    try {
      xml.close();
    } catch (XMLStreamException ignoredOnClose) {
      // Closing frees the parser only; the result (or the exception on its way) stands.
      return;
    }
  }
}
