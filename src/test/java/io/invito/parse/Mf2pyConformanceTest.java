package io.invito.parse;

import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * mf2py's assertions on its date-time and language fixtures ({@code expected_assertions.json}),
 * where they speak of what invito reads from an h-event: its name, start, end, URL, location,
 * summary and language. Assertions on other microformats (h-entry, h-card) or on properties invito
 * does not keep are skipped with the reason.
 */
class Mf2pyConformanceTest {
  @RegisterExtension static final Conformance.Suite SUITE = new Conformance.Suite("mf2py");

  private static final String FOLDER = "mf2py-examples/";
  private static final String EXAMPLES = FOLDER + "test/examples/";
  private static final Set<String> FIXTURES = Set.of("datetimes.html", "language.html");
  private static final String BASE = "http://example.com/";

  /** One assertion: its fixture, its path into mf2py's result, and the value expected there. */
  record Case(String fixture, List<String> path, String op, JsonNode expected) {
    @Override
    public String toString() {
      return fixture + " " + String.join("/", path);
    }
  }

  static Stream<Case> cases() {
    Path assertions =
        Conformance.files(FOLDER, "expected_assertions.json").findFirst().orElseThrow();
    if (!Files.exists(assertions)) {
      return Stream.of(new Case("(corpus absent)", List.of(), "", null));
    }
    List<Case> cases = new ArrayList<>();
    for (JsonNode assertion : Conformance.json(assertions).get("assertions")) {
      String fixture = assertion.get("fixture").asText();
      if (FIXTURES.contains(fixture)) {
        List<String> path =
            StreamSupport.stream(assertion.get("path").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
        cases.add(new Case(fixture, path, assertion.get("op").asText(), assertion.get("expected")));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsWhatMf2pyReads(Case test) throws IOException {
    Path html = Conformance.root().resolve(EXAMPLES + test.fixture());
    List<String> path = test.path();
    if (!test.op().equals("Eq") || path.size() < 3 || !path.get(0).equals("items")) {
      skip("not an equality on an item: " + test.op() + " " + path);
    }
    int index = Integer.parseInt(path.get(1));
    List<Element> items = Mf2Expected.items(Jsoup.parse(Files.readString(html), BASE));
    Element item = items.get(index);
    if (!item.hasClass("h-event")) {
      skip("item " + index + " is " + item.className() + "; invito reads h-events only");
    }
    int eventIndex =
        (int) items.subList(0, index).stream().filter(e -> e.hasClass("h-event")).count();
    Function<RawEvent, Optional<String>> actual = field(path.subList(2, path.size()));
    Extraction page =
        new Extractor()
            .extract(ParseInput.of(html.toString(), URI.create(BASE), Files.readAllBytes(html)));
    Optional<String> expected =
        path.contains("start") || path.contains("end")
            ? Mf2Expected.iso(test.expected().asText())
            : Optional.of(TextCleaner.clean(test.expected().asText()));
    Optional<String> failure;
    if (eventIndex >= page.events().size()) {
      failure = Optional.of("h-event " + eventIndex + " not read");
    } else {
      Optional<String> got = actual.apply(page.events().get(eventIndex));
      failure =
          expected.equals(got)
              ? Optional.empty()
              : Optional.of(
                  "expected " + test.expected().asText() + ", got " + got.orElse("nothing"));
    }
    SUITE.record(
        FOLDER
            + EXAMPLES.substring(FOLDER.length())
            + test.fixture()
            + "#"
            + String.join("/", path),
        failure);
  }

  /** The RawEvent field an item path names, or a skip when invito does not keep it. */
  private static Function<RawEvent, Optional<String>> field(List<String> rest) {
    if (rest.equals(List.of("lang"))) {
      return RawEvent::language;
    }
    if (rest.size() != 3 || !rest.get(0).equals("properties")) {
      skip("invito keeps one language per event, not one per property value: " + rest);
    }
    if (!rest.get(2).equals("0")) {
      skip("invito keeps the first '" + rest.get(1) + "' of an event, not value " + rest.get(2));
    }
    return switch (rest.get(1)) {
      case "name" -> event -> Optional.of(event.title());
      case "start" -> event -> event.start().map(EventTime::iso);
      case "end" -> event -> event.end().map(EventTime::iso);
      case "url" -> event -> event.url().map(URI::toString);
      case "location" -> RawEvent::location;
      case "summary", "description" -> event -> Optional.of(event.description());
      default -> {
        skip("invito does not read an h-event's '" + rest.get(1) + "'");
        yield event -> Optional.empty();
      }
    };
  }

  private static void skip(String reason) {
    SUITE.unmapped(1);
    abort(reason);
  }
}
