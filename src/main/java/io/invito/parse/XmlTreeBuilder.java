package io.invito.parse;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdom2.CDATA;
import org.jdom2.DefaultJDOMFactory;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.JDOMFactory;
import org.jdom2.Parent;
import org.jdom2.UncheckedJDOMFactory;
import org.jdom2.input.DOMBuilder;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Builds the XML tree of a cleaned feed: strictly with a SAX parser that refuses DOCTYPEs and
 * external entities, else, for a feed that is not well-formed (truncated, unclosed tags), leniently
 * with jsoup's XML parser, which never reads a DTD nor expands an entity, as liberal feed readers
 * keep what they can of a broken feed. The strict parse hands each item over as soon as it is read
 * and drops it from the tree, so a 10,000-item feed never holds all its items as XML at once.
 */
final class XmlTreeBuilder {

  /** Told of each feed item (RSS item, Atom entry) once the parser has read it whole. */
  interface ItemSink {
    /** The item, still attached to its channel or feed, so xml:base and the root are in reach. */
    void item(Element item);

    /**
     * Whether the sink reads no more items: the strict parse then only counts the next ones ({@link
     * #skipped}) without building them, as the items past a feed's limit are never read.
     */
    boolean full();

    /** An item the strict parse counted without building it, once the sink was full. */
    void skipped();

    /** The strict parse failed part-way: forget the items seen, the lenient parse starts over. */
    void startOver();
  }

  private static final Pattern HTML_ENTITY =
      Pattern.compile("&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z]");

  private XmlTreeBuilder() {}

  /**
   * The feed's tree without its items, read strictly from its bytes as they are, or empty when the
   * strict parse fails; the items it had handed over are then forgotten (the sink starts over). For
   * bodies {@link XmlCleaner#readableAsIs} accepts: nothing is decoded or copied beforehand.
   * Elements nested deeper than {@link XmlCleaner#MAX_DEPTH} fail it, so that the cleaner refuses
   * the document as it always did.
   */
  static Optional<Document> buildAsIs(byte[] body, ItemSink items) {
    try {
      return Optional.of(STRICT.get().build(new InputSource(new Body(body)), items, true));
    } catch (JDOMException | IOException e) {
      items.startOver();
      return Optional.empty();
    }
  }

  /** The feed's tree without its items, each of which went to the sink. */
  static Document build(String xml, List<String> warnings, ItemSink items) {
    try {
      // XmlFixerReader turns HTML entities (&nbsp;, &eacute;) into the numeric ones XML knows;
      // it reads char by char, so only feeds that have such entities pay for it.
      Reader reader = new StringReader(xml);
      return STRICT
          .get()
          .build(
              new InputSource(
                  xml.indexOf('&') >= 0 && HTML_ENTITY.matcher(xml).find()
                      ? new XmlFixerReader(reader)
                      : reader),
              items,
              false);
    } catch (JDOMException | IOException e) {
      warnings.add("not well-formed XML (" + firstLine(e.getMessage()) + "); read leniently");
      items.startOver();
      org.jsoup.nodes.Document lenient = Jsoup.parse(xml, "", Parser.xmlParser());
      Document document = new DOMBuilder().build(W3CDom.convert(lenient));
      if (document.hasRootElement()) {
        FeedElements.itemElements(document.getRootElement()).forEach(items::item);
      }
      return document;
    }
  }

  /**
   * The strict parser of one thread, made once and used for every feed that thread reads: making a
   * SAX parser and JDOM's engine around it cost more than reading a small feed.
   */
  private static final ThreadLocal<Strict> STRICT = ThreadLocal.withInitial(Strict::new);

  /** A SAX parser that refuses DOCTYPEs and external entities, and JDOM's builder around it. */
  private static final class Strict {
    private final SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    private ItemSink items;
    private boolean depthLimited;

    Strict() {
      builder.setJDOMFactory(new ParsedCdata());
      builder.setSAXHandlerFactory(ItemByItem::new);
      builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
      builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      builder.setExpandEntities(false);
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      builder.setReuseParser(true);
    }

    Document build(InputSource source, ItemSink items, boolean depthLimited)
        throws JDOMException, IOException {
      this.items = items;
      this.depthLimited = depthLimited;
      try {
        return builder.build(source);
      } finally {
        this.items = null; // the sink holds the events read: not kept past this document
      }
    }

    /**
     * JDOM's tree builder, which hands each finished item to the sink and lets go of it. Once the
     * sink is full, an item's events are dropped as they come (skipping): the parser still reads it
     * whole, so the document is as well-formed and as deep as it was, but no tree is built for the
     * half of a 10,000-item feed that is only counted.
     */
    private final class ItemByItem extends SAXHandler {
      private int depth;
      // The depth of the item being skipped, 0 when none is.
      private int skipping;
      // Namespaces declared for the next element: handed to JDOM only if that element is built.
      private final List<String[]> declared = new ArrayList<>();

      ItemByItem(JDOMFactory factory) {
        super(factory);
      }

      @Override
      public void startDocument() {
        depth = 0;
        skipping = 0;
        declared.clear();
        super.startDocument();
      }

      @Override
      public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (skipping == 0) {
          declared.add(new String[] {prefix, uri});
        }
      }

      @Override
      public void startElement(
          String namespace, String localName, String name, org.xml.sax.Attributes attributes)
          throws SAXException {
        if (++depth > XmlCleaner.MAX_DEPTH && depthLimited) {
          throw new SAXException("elements nest more than " + XmlCleaner.MAX_DEPTH + " deep");
        }
        if (skipping > 0) {
          return;
        }
        if (depth > 1
            && items.full()
            && FeedElements.isItem(local(localName, name), getCurrentElement())) {
          declared.clear();
          // The text before the item stays a node of its own, as when the item was built.
          flushCharacters();
          skipping = depth;
          return;
        }
        for (String[] mapping : declared) {
          super.startPrefixMapping(mapping[0], mapping[1]);
        }
        declared.clear();
        super.startElement(namespace, localName, name, attributes);
      }

      @Override
      public void endElement(String namespace, String localName, String name) throws SAXException {
        depth--;
        if (skipping > 0) {
          if (depth < skipping) {
            skipping = 0;
            items.skipped();
          }
          return;
        }
        Element ending = getCurrentElement();
        super.endElement(namespace, localName, name);
        if (FeedElements.isItem(ending)) {
          items.item(ending);
          // Just ended, the item is its parent's last content: removed by its index. detach()
          // looks for it from the first, past the text left between the items before it, which
          // made a feed's items cost time quadratic in their number (a fifth of 10,000 items').
          Parent parent = ending.getParent();
          int last = parent.getContentSize() - 1;
          if (parent.getContent(last) == ending) {
            parent.removeContent(last);
          } else {
            ending.detach();
          }
        }
      }

      @Override
      public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipping == 0) {
          super.characters(ch, start, length);
        }
      }

      @Override
      public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (skipping == 0) {
          super.ignorableWhitespace(ch, start, length);
        }
      }

      @Override
      public void processingInstruction(String target, String data) throws SAXException {
        if (skipping == 0) {
          super.processingInstruction(target, data);
        }
      }

      @Override
      public void skippedEntity(String name) throws SAXException {
        if (skipping == 0) {
          super.skippedEntity(name);
        }
      }

      @Override
      public void startEntity(String name) throws SAXException {
        if (skipping == 0) {
          super.startEntity(name);
        }
      }

      @Override
      public void endEntity(String name) throws SAXException {
        if (skipping == 0) {
          super.endEntity(name);
        }
      }

      @Override
      public void startCDATA() {
        if (skipping == 0) {
          super.startCDATA();
        }
      }

      @Override
      public void endCDATA() throws SAXException {
        if (skipping == 0) {
          super.endCDATA();
        }
      }

      @Override
      public void comment(char[] ch, int start, int length) throws SAXException {
        if (skipping == 0) {
          super.comment(ch, start, length);
        }
      }
    }
  }

  /** An element's local name as JDOM takes it: the parser's, else the qualified name's end. */
  private static String local(String localName, String qualified) {
    return localName == null || localName.isEmpty()
        ? qualified.substring(qualified.indexOf(':') + 1)
        : localName;
  }

  /**
   * JDOM's factory, but for CDATA sections, which it takes as the parser read them. JDOM checks
   * every character of a CDATA section again (a legal XML character, no "]]>"), which the parser
   * has just done (no "]]>" can be in a section it read; a character XML 1.0 forbids is refused in
   * one, as XML 1.1's restricted characters are, literally): that second pass was 3% of reading a
   * feed whose descriptions are CDATA. Text and names are still checked: a character reference is
   * legal in more characters in XML 1.1 than JDOM accepts.
   */
  private static final class ParsedCdata extends DefaultJDOMFactory {
    private static final UncheckedJDOMFactory AS_READ = new UncheckedJDOMFactory();

    @Override
    public CDATA cdata(int line, int column, String text) {
      return AS_READ.cdata(line, column, text);
    }
  }

  /**
   * The body as a stream that lets go of it once the parser closes it, as Xerces does at the end.
   */
  private static final class Body extends ByteArrayInputStream {
    Body(byte[] body) {
      super(body);
    }

    @Override
    public void close() {
      buf = new byte[0];
      count = 0;
      pos = 0;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    String line = message.lines().findFirst().orElse(message);
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}
