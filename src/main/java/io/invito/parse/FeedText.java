package io.invito.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.XMLOutputter;
import org.jsoup.nodes.Entities;

/**
 * What Rome's {@code SyndFeed} would say of a feed and its items, read from the XML tree itself:
 * the item's identifier, title, description and categories, and the channel's title, link and
 * language. Rome still recognises the format; building its whole object model for every item cost a
 * 10,000-item feed 70 MB of garbage (each category's hash code is its {@code toString}).
 */
final class FeedText {
  private static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
  private static final Namespace CONTENT =
      Namespace.getNamespace("http://purl.org/rss/1.0/modules/content/");
  // Apple spells its namespace with capitals in some feeds ("DTDs/Podcast"), so it is compared
  // ignoring case; Media RSS's is written with and without its final slash.
  private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  private static final String MEDIA = "http://search.yahoo.com/mrss";
  private static final Namespace RDF =
      Namespace.getNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#");

  private FeedText() {}

  /**
   * The item's identifier: RSS's guid, Atom's id or RSS 1.0's rdf:about; else its link, as Rome
   * does when a feed gives no identifier.
   */
  static Optional<String> uid(Element item, boolean atom) {
    if (atom) {
      return own(item, "id").or(() -> alternateHref(item));
    }
    return own(item, "guid")
        .or(() -> Optional.ofNullable(item.getAttributeValue("about", RDF)))
        .or(() -> FeedElements.ownLink(item))
        .map(String::strip)
        .filter(text -> !text.isEmpty());
  }

  /** The guid as the item's link, for an item with no link whose guid is a permalink. */
  static Optional<String> permalink(Element item) {
    Element guid = item.getChild("guid", item.getNamespace());
    if (guid == null || "false".equalsIgnoreCase(guid.getAttributeValue("isPermaLink", ""))) {
      return Optional.empty();
    }
    return Optional.of(guid.getTextTrim()).filter(text -> !text.isEmpty());
  }

  /** The title in the feed's own vocabulary, else any title-named child (dc:title, media:title). */
  static String title(Element element) {
    return textConstruct(element.getChild("title", element.getNamespace()))
        .or(() -> FeedElements.anyNamed(element, "title"))
        .orElse("");
  }

  /**
   * The description: RSS's description or Atom's summary, else the full content (content:encoded,
   * Atom's content), else what other vocabularies call it (xhtml:body, fullitem).
   */
  static String description(Element item) {
    Namespace own = item.getNamespace();
    return textConstruct(item.getChild("description", own))
        .or(() -> textConstruct(item.getChild("summary", own)))
        .or(() -> textConstruct(item.getChild("encoded", CONTENT)))
        .or(() -> textConstruct(item.getChild("content", own)))
        .or(() -> FeedElements.anyNamed(item, "body", "fullitem", "description"))
        .or(() -> podcastDescription(item))
        .orElse("");
  }

  /**
   * The full content when the item has one beside its description (content:encoded, Atom's
   * content): a short description ("Clicca qui per info") often leaves the date to it.
   */
  static Optional<String> content(Element item) {
    return textConstruct(item.getChild("encoded", CONTENT))
        .or(() -> textConstruct(item.getChild("content", item.getNamespace())));
  }

  /**
   * What podcast feeds put where the description goes: iTunes' summary, else the description of a
   * Media RSS group. By namespace, since other vocabularies have a summary too (xCal's is the
   * event's title).
   */
  private static Optional<String> podcastDescription(Element item) {
    Optional<String> groupDescription = Optional.empty();
    for (Element child : item.getChildren()) {
      String namespace = child.getNamespaceURI();
      if (child.getName().equals("summary") && namespace.equalsIgnoreCase(ITUNES)) {
        return textConstruct(child);
      }
      if (groupDescription.isEmpty()
          && child.getName().equals("group")
          && namespace.startsWith(MEDIA)) {
        groupDescription = textConstruct(child.getChild("description", child.getNamespace()));
      }
    }
    return groupDescription;
  }

  /**
   * RSS categories, Atom category terms and Dublin Core subjects, in the order the item has them.
   */
  static List<String> categories(Element item) {
    List<String> names = new ArrayList<>();
    for (Element child : item.getChildren()) {
      String name =
          child.getName().equals("category")
              ? child.getAttributeValue("term", child.getTextTrim())
              : child.getName().equals("subject") && child.getNamespace().equals(DC)
                  ? child.getTextTrim()
                  : "";
      if (!name.isBlank()) {
        names.add(name);
      }
    }
    return names;
  }

  /** The channel's (RSS) or feed's (Atom) own link: its alternate link, else its first link. */
  static Optional<String> link(Element root) {
    Element channel = channel(root);
    return FeedElements.ownLink(channel)
        .or(
            () ->
                Optional.ofNullable(channel.getChild("link", channel.getNamespace()))
                    .map(link -> link.getAttributeValue("href", "")))
        .map(String::strip)
        .filter(text -> !text.isEmpty());
  }

  private static Optional<String> alternateHref(Element entry) {
    for (Element link : entry.getChildren("link", entry.getNamespace())) {
      String rel = link.getAttributeValue("rel", "alternate");
      String href = link.getAttributeValue("href", "").strip();
      if (rel.equals("alternate") && !href.isEmpty()) {
        return Optional.of(href);
      }
    }
    return Optional.empty();
  }

  /** The channel's language: RSS's language element, else Dublin Core's. */
  static Optional<String> language(Element root) {
    Element channel = channel(root);
    return own(channel, "language").or(() -> text(channel.getChild("language", DC)));
  }

  /** The element RSS 2.0 and 1.0 keep the channel's own fields in; Atom keeps them on the root. */
  static Element channel(Element root) {
    // By local name: RSS 1.0's channel is in the RSS namespace, under an rdf:RDF root.
    for (Element child : root.getChildren()) {
      if (child.getName().equals("channel")) {
        return child;
      }
    }
    return root;
  }

  private static Optional<String> own(Element element, String name) {
    return text(element.getChild(name, element.getNamespace()));
  }

  private static Optional<String> text(Element element) {
    return element == null
        ? Optional.empty()
        : Optional.of(element.getTextTrim()).filter(text -> !text.isEmpty());
  }

  /**
   * An Atom text construct, or an RSS element read the same way: XHTML markup as markup (the
   * cleaner then drops scripts), base64 (Atom 0.3's mode, Atom 1.0's non-text media types) decoded,
   * a declared plain text as text. Base64 that does not decode is kept as written.
   */
  private static Optional<String> textConstruct(Element element) {
    if (element == null) {
      return Optional.empty();
    }
    String value =
        element.getChildren().isEmpty()
            ? element.getText()
            : new XMLOutputter().outputElementContentString(element);
    if (plain(element)) {
      // Text that only looks like markup: escaped, so the cleaner, which reads HTML, keeps it.
      value = Entities.escape(value);
    } else if (base64(element)) {
      try {
        value = new String(Base64.getMimeDecoder().decode(value.strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        // A publisher who says base64 and writes text: the text is what there is to read.
      }
    }
    return Optional.of(value).filter(text -> !text.isBlank());
  }

  /** Atom's and MIME's name for plain text, and Media RSS's ("plain"). */
  private static boolean plain(Element element) {
    String type = element.getAttributeValue("type", "");
    return type.equalsIgnoreCase("text")
        || type.equalsIgnoreCase("text/plain")
        || type.equalsIgnoreCase("plain");
  }

  private static boolean base64(Element element) {
    if ("base64".equalsIgnoreCase(element.getAttributeValue("mode"))) {
      return true;
    }
    String type = element.getAttributeValue("type");
    return type != null
        && type.indexOf('/') > 0
        && !type.startsWith("text/")
        && !type.endsWith("+xml")
        && !type.endsWith("/xml");
  }
}
