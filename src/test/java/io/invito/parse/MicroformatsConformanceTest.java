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
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official microformats test suite's h-event (mf2) and hCalendar (mf1) cases: each expected
 * h-event's name, first start and end, location and URL against the event invito reads.
 */
class MicroformatsConformanceTest {
  @RegisterExtension
  static final Conformance.Suite SUITE = new Conformance.Suite("microformats h-event");

  private static final String BASE = "http://example.com/";

  static Stream<Path> cases() {
    return Stream.concat(
            Conformance.files("microformats-tests/tests/microformats-v2/h-event", ".html"),
            Conformance.files("microformats-tests/tests/microformats-v1/hcalendar", ".html"))
        .distinct();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheEventTheSuiteExpects(Path html) throws IOException {
    Path json = html.resolveSibling(html.getFileName().toString().replace(".html", ".json"));
    if (!Files.exists(json)) {
      abort("no expected JSON beside " + html.getFileName());
    }
    List<JsonNode> expected = new ArrayList<>();
    for (JsonNode item : Conformance.json(json).get("items")) {
      if (item.get("type").toString().contains("h-event")) {
        expected.add(item.get("properties"));
      }
    }
    if (expected.isEmpty()) {
      abort("no h-event expected in " + json.getFileName());
    }
    Extraction page =
        new Extractor()
            .extract(ParseInput.of(html.toString(), URI.create(BASE), Files.readAllBytes(html)));
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      JsonNode properties = expected.get(i);
      if (i >= page.events().size()) {
        failures.add("h-event " + i + " not read");
        continue;
      }
      RawEvent event = page.events().get(i);
      compare(failures, "name", first(properties, "name"), Optional.of(event.title()));
      compare(
          failures,
          "start",
          first(properties, "start").flatMap(MicroformatsConformanceTest::iso),
          event.start().map(EventTime::iso));
      compare(
          failures,
          "end",
          first(properties, "end").flatMap(MicroformatsConformanceTest::iso),
          event.end().map(EventTime::iso));
      compare(failures, "url", first(properties, "url"), event.url().map(URI::toString));
      Optional<String> location =
          firstNode(properties, "location")
              .map(node -> node.isTextual() ? node.asText() : node.path("value").asText());
      if (location.isPresent()
          && !event.location().orElse("").startsWith(TextCleaner.clean(location.get()))) {
        failures.add(
            "location: expected '" + location.get() + "', got " + event.location().orElse(null));
      }
    }
    SUITE.record(
        Conformance.key(html),
        failures.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", failures)));
  }

  private static void compare(
      List<String> failures, String field, Optional<String> expected, Optional<String> actual) {
    if (expected.isPresent()
        && !Objects.equals(TextCleaner.clean(expected.get()), actual.orElse(null))) {
      failures.add(field + ": expected '" + expected.get() + "', got " + actual.orElse(null));
    }
  }

  /** The suite writes "2009-06-26 19:00:00-0800"; invito's ISO form says the same instant. */
  private static Optional<String> iso(String written) {
    return MfValues.parse(written, Optional.empty()).map(timed -> timed.time().iso());
  }

  private static Optional<String> first(JsonNode properties, String name) {
    return firstNode(properties, name).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  private static Optional<JsonNode> firstNode(JsonNode properties, String name) {
    JsonNode values = properties.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
