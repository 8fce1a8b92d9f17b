package io.invito.parse;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.DOMBuilder;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;

/**
 * Builds the XML tree of a cleaned feed: strictly with a SAX parser that refuses DOCTYPEs and
 * external entities, else, for a feed that is not well-formed (truncated, unclosed tags), leniently
 * with jsoup's XML parser, which never reads a DTD nor expands an entity, as liberal feed readers
 * keep what they can of a broken feed.
 */
final class XmlTreeBuilder {
  private static final Pattern HTML_ENTITY =
      Pattern.compile("&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z]");

  private XmlTreeBuilder() {}

  static Document build(String xml, List<String> warnings) {
    try {
      // XmlFixerReader turns HTML entities (&nbsp;, &eacute;) into the numeric ones XML knows;
      // it reads char by char, so only feeds that have such entities pay for it.
      Reader reader = new StringReader(xml);
      return strictBuilder()
          .build(
              xml.indexOf('&') >= 0 && HTML_ENTITY.matcher(xml).find()
                  ? new XmlFixerReader(reader)
                  : reader);
    } catch (JDOMException | IOException e) {
      warnings.add("not well-formed XML (" + firstLine(e.getMessage()) + "); read leniently");
      org.jsoup.nodes.Document lenient = Jsoup.parse(xml, "", Parser.xmlParser());
      return new DOMBuilder().build(W3CDom.convert(lenient));
    }
  }

  private static SAXBuilder strictBuilder() {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    builder.setExpandEntities(false);
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    return builder;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    String line = message.lines().findFirst().orElse(message);
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}
