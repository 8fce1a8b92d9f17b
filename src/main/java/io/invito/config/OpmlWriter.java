package io.invito.config;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sources as OPML 2.0, which any feed reader imports. Feeds are {@code type="rss"} outlines,
 * calendars {@code type="ics"} and pages {@code type="link"}; invito's own settings (language, time
 * zone, follow) ride along as extra attributes, which readers ignore and {@link OpmlReader} reads
 * back.
 */
public final class OpmlWriter {
  private OpmlWriter() {}

  /** Writes the sources to out as UTF-8; out is left open. */
  public static void write(List<Source> sources, String title, Instant created, OutputStream out) {
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory()
              .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("opml");
      xml.writeAttribute("version", "2.0");
      xml.writeCharacters("\n  ");
      xml.writeStartElement("head");
      element(xml, "title", title);
      element(
          xml,
          "dateCreated",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(created.atOffset(ZoneOffset.UTC)));
      xml.writeEndElement();
      xml.writeCharacters("\n  ");
      xml.writeStartElement("body");
      for (Source source : sources) {
        xml.writeCharacters("\n    ");
        outline(xml, source);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException failed) {
      // Only an I/O failure of out gets here; the content is always writable.
      throw new IllegalStateException("cannot write OPML: " + failed.getMessage(), failed);
    }
  }

  private static void outline(XMLStreamWriter xml, Source source) throws XMLStreamException {
    xml.writeEmptyElement("outline");
    xml.writeAttribute("text", source.id());
    xml.writeAttribute("title", source.id());
    switch (source.type()) {
      case FEED -> {
        xml.writeAttribute("type", "rss");
        xml.writeAttribute("xmlUrl", source.url().toString());
      }
      case ICS -> {
        xml.writeAttribute("type", "ics");
        xml.writeAttribute("xmlUrl", source.url().toString());
      }
      case PAGE -> {
        xml.writeAttribute("type", "link");
        xml.writeAttribute("url", source.url().toString());
      }
    }
    if (!source.tags().isEmpty()) {
      xml.writeAttribute("category", String.join(",", source.tags()));
    }
    source.language().ifPresent(language -> attribute(xml, "language", language.code()));
    source.zone().ifPresent(zone -> attribute(xml, "timeZone", zone.getId()));
    if (source.follow()) {
      xml.writeAttribute("follow", "true");
    }
  }

  private static void attribute(XMLStreamWriter xml, String name, String value) {
    try {
      xml.writeAttribute(name, value);
    } catch (XMLStreamException failed) {
      throw new IllegalStateException("cannot write OPML: " + failed.getMessage(), failed);
    }
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
