package io.invito.parse;

import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The microformats suite's value-class unit tests ({@code microformats-v2-unit/value}). Each case
 * is one property of a synthetic {@code h-test-*} item; invito reads only h-events, so the item is
 * read as an h-event whose start ({@code dt-}), name ({@code p-}), URL ({@code u-}) or description
 * ({@code e-}) is that property, and the value invito keeps is compared with the suite's.
 */
class MicroformatsValueConformanceTest {
  @RegisterExtension
  static final Conformance.Suite SUITE = new Conformance.Suite("microformats value-class");

  private static final String FOLDER = "microformats-tests/tests/microformats-v2-unit/value";
  private static final String BASE = "http://example.test/";
  private static final String NOT_PART = "NotPartOfTest";
  private static final Map<String, String> INVITO_PROPERTY =
      Map.of("dt", "dt-start", "p", "p-name", "u", "u-url", "e", "e-content");

  /** One expected property: the item's position and type in the file, and its name. */
  record Case(Path html, int item, String type, String property) {
    @Override
    public String toString() {
      return html.getFileName() + " " + type + " " + property;
    }
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Path html : Conformance.files(FOLDER, ".html").toList()) {
      Path json = expected(html);
      if (!Files.exists(json)) {
        cases.add(new Case(html, -1, "", ""));
        continue;
      }
      JsonNode items = Conformance.json(json).get("items");
      for (int i = 0; i < items.size(); i++) {
        String type = items.get(i).get("type").get(0).asText();
        Iterator<String> names = items.get(i).get("properties").fieldNames();
        while (names.hasNext()) {
          cases.add(new Case(html, i, type, names.next()));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheValueTheSuiteExpects(Case test) throws IOException {
    if (test.item() < 0) {
      abort("no expected JSON beside " + test.html().getFileName());
    }
    JsonNode values =
        Conformance.json(expected(test.html()))
            .get("items")
            .get(test.item())
            .get("properties")
            .get(test.property());
    if (test.property().equals("not-part-of-test")
        || StreamSupport.stream(values.spliterator(), false)
            .allMatch(value -> value.asText().equals(NOT_PART))) {
      SUITE.unmapped(1);
      abort("the suite marks '" + test.property() + "' as not part of the test");
    }
    Element item =
        Mf2Expected.items(Jsoup.parse(Files.readString(test.html()), BASE)).stream()
            .filter(element -> element.hasClass(test.type()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(test.type() + " not in " + test.html()))
            .clone();
    Element target = property(item, test.property());
    String prefix =
        target.classNames().stream()
            .filter(name -> name.endsWith("-" + test.property()))
            .map(name -> name.substring(0, name.length() - test.property().length() - 1))
            .filter(INVITO_PROPERTY::containsKey)
            .findFirst()
            .orElseThrow();
    String invito = INVITO_PROPERTY.get(prefix);
    item.getAllElements().forEach(element -> element.removeClass(invito));
    target.removeClass(prefix + "-" + test.property()).addClass(invito);
    item.classNames().stream()
        .filter(name -> name.startsWith("h-"))
        .toList()
        .forEach(item::removeClass);
    item.addClass("h-event");
    String page = "<!DOCTYPE html><html><body>\n" + item.outerHtml() + "\n</body></html>";
    Extraction read =
        new Extractor()
            .extract(
                ParseInput.of(
                    test.toString(), URI.create(BASE), page.getBytes(StandardCharsets.UTF_8)));
    Optional<String> failure;
    if (read.events().size() != 1) {
      failure = Optional.of("invito read " + read.events().size() + " events from the item");
    } else {
      RawEvent event = read.events().get(0);
      JsonNode value = values.get(0);
      failure =
          switch (prefix) {
            case "dt" -> differ(Mf2Expected.iso(value.asText()), event.start().map(EventTime::iso));
            case "u" ->
                differ(
                    Optional.of(Mf2Expected.url(value.asText())), event.url().map(URI::toString));
            case "e" ->
                differ(
                    Optional.of(TextCleaner.clean(value.path("value").asText())),
                    Optional.of(event.description()));
            default ->
                differ(Optional.of(TextCleaner.clean(value.asText())), Optional.of(event.title()));
          };
    }
    SUITE.record(
        Conformance.key(test.html()) + "#" + test.type() + "/" + test.property(),
        failure.map(reason -> prefix + "-" + test.property() + " as " + invito + ": " + reason));
  }

  /** The item's first element carrying the property, outside any microformat nested in it. */
  private static Element property(Element item, String property) {
    for (Element element : item.getAllElements()) {
      boolean nested = false;
      for (Element at = element.parent(); at != null && at != item; at = at.parent()) {
        nested |= Mf2Expected.isRoot(at);
      }
      if (!nested
          && INVITO_PROPERTY.keySet().stream()
              .anyMatch(prefix -> element.hasClass(prefix + "-" + property))) {
        return element;
      }
    }
    throw new AssertionError("no element carries '" + property + "' in " + item.className());
  }

  private static Optional<String> differ(Optional<String> expected, Optional<String> actual) {
    return expected.equals(actual)
        ? Optional.empty()
        : Optional.of(
            "expected " + expected.orElse("nothing") + ", got " + actual.orElse("nothing"));
  }

  private static Path expected(Path html) {
    return html.resolveSibling(html.getFileName().toString().replace(".html", ".json"));
  }
}
