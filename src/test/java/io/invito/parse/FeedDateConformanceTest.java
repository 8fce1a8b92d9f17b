package io.invito.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * feedparser's 72 date cases through invito's feed date reader: each string means the UTC instant
 * given, or must be refused (null). A refused date stays unknown; it is never read as "now".
 */
class FeedDateConformanceTest {
  @RegisterExtension
  static final Conformance.Suite SUITE = new Conformance.Suite("feedparser dates");

  static Stream<Arguments> cases() throws IOException {
    Optional<Path> file =
        Conformance.files("feedparser-tests", "date_parser_cases.json")
            .filter(path -> path.toString().endsWith(".json"))
            .findFirst();
    if (file.isEmpty()) {
      return Stream.of(Arguments.of("(corpus absent)", "", null, 0));
    }
    JsonNode root = Conformance.json(file.get());
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode item : root.get("cases")) {
      JsonNode params = item.get("params");
      cases.add(
          Arguments.of(
              params.get("parse_date").asText(),
              params.get("input_value").asText(),
              params.get("expected_value"),
              item.get("line").asInt()));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} line {3}: ''{1}''")
  @MethodSource("cases")
  void readsOrRefusesEachDateAsFeedparserDoes(
      String parser, String input, JsonNode expected, int line) {
    // feedparser's struct_time has whole seconds: compare at that precision.
    Optional<Instant> read =
        FeedDates.parse(input)
            .map(instant -> instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    Optional<Instant> wanted =
        expected == null || expected.isNull()
            ? Optional.empty()
            : Optional.of(
                LocalDateTime.of(
                        expected.get(0).asInt(),
                        expected.get(1).asInt(),
                        expected.get(2).asInt(),
                        expected.get(3).asInt(),
                        expected.get(4).asInt(),
                        expected.get(5).asInt())
                    .toInstant(ZoneOffset.UTC));
    SUITE.record(
        "feedparser-tests/date_parser_cases.json#" + parser + ":" + line,
        read.equals(wanted)
            ? Optional.empty()
            : Optional.of(
                "'"
                    + input
                    + "': expected "
                    + wanted.map(Object::toString).orElse("refusal")
                    + ", got "
                    + read.map(Object::toString).orElse("refusal")));
  }
}
