package io.invito.parse;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * feedparser's own test feeds (well-formed, ill-formed, encodings, entities): each file's {@code
 * Expect:} expression, where it speaks of what invito reads (titles, links, descriptions,
 * publication dates, entry counts, whether the feed was broken), is checked against invito's read.
 */
class FeedparserConformanceTest {
  @RegisterExtension static final Conformance.Suite SUITE = new Conformance.Suite("feedparser");

  private static final Pattern HEADER =
      Pattern.compile("(?m)^\\s*(Expect|Header|SkipUnless):" + "\\s*(.*?)\\s*$");
  private final Extractor extractor = new Extractor();

  static Stream<Path> cases() {
    return Stream.of("tests/wellformed", "tests/illformed", "tests/encoding", "tests/entities")
        .flatMap(folder -> Conformance.files("feedparser-tests/" + folder, ".xml", ".rdf"))
        .distinct();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsWhatFeedparserReads(Path file) throws IOException {
    Path root = Conformance.root();
    byte[] bytes = Files.readAllBytes(file);
    String head = BodyDecoder.decode(bytes, Optional.empty()).text();
    head = head.substring(0, Math.min(head.length(), 4000));
    String expect = null;
    String contentType = null;
    String base =
        "http://127.0.0.1:8097/"
            + root.resolve("feedparser-tests").relativize(file).toString().replace('\\', '/');
    Matcher line = HEADER.matcher(head);
    while (line.find()) {
      switch (line.group(1)) {
        case "Expect" -> expect = expect == null ? line.group(2) : expect;
        case "SkipUnless" -> abort("codec-dependent case: " + line.group(2));
        default -> {
          String header = line.group(2);
          String lower = header.toLowerCase(java.util.Locale.ROOT);
          if (lower.startsWith("content-type:")) {
            contentType = header.substring(13).strip();
          } else if (lower.startsWith("content-location:")) {
            base = URI.create(base).resolve(header.substring(17).strip()).toString();
          }
        }
      }
    }
    if (expect == null) {
      abort("no Expect: line");
    }
    List<PyExpect.Check> checks = new ArrayList<>();
    int unmapped = 0;
    for (String conjunct : PyExpect.conjuncts(expect)) {
      Optional<PyExpect.Check> check = PyExpect.parse(conjunct).filter(this::mapped);
      if (check.isPresent()) {
        checks.add(check.get());
      } else {
        unmapped++;
      }
    }
    SUITE.unmapped(unmapped);
    if (checks.isEmpty()) {
      abort("no expression maps to what invito reads: " + expect);
    }
    ParseInput input =
        new ParseInput(
            file.toString(),
            URI.create(base.replace(" ", "%20")),
            bytes,
            Optional.ofNullable(contentType),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    Format format = FormatDetector.detect(bytes, input.contentType(), Optional.empty());
    FeedParser.FeedRead read =
        format.feed()
            ? new FeedParser().read(input, format)
            : new FeedParser.FeedRead(extractor.extract(input), "", Optional.empty());
    List<String> failures = new ArrayList<>();
    for (PyExpect.Check check : checks) {
      Object actual = actual(check, read);
      Object expected = expected(check);
      // A text/plain title keeps its brackets: the literal matches as well as the cleaned one.
      boolean equal =
          Objects.equals(actual, expected)
              || check.literal() instanceof String literal
                  && !check.keys().equals(List.of("link"))
                  && literal.strip().replaceAll("\\s+", " ").equals(actual);
      if (equal == check.negated()) {
        failures.add(
            String.join(".", check.keys()).replace("'", "")
                + (check.path().equals("bozo") ? "bozo" : "")
                + ": expected "
                + quote(expected)
                + ", got "
                + quote(actual));
      }
    }
    SUITE.record(
        Conformance.key(file),
        failures.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", failures)));
  }

  private boolean mapped(PyExpect.Check check) {
    List<String> keys = check.keys();
    return switch (check.path()) {
      case "bozo", "len" -> true;
      case "feed" ->
          keys.equals(List.of("title"))
              || keys.equals(List.of("title_detail", "value"))
              || keys.equals(List.of("link"));
      default -> entryField(keys) != null;
    };
  }

  private static String entryField(List<String> keys) {
    String joined = String.join("/", keys);
    return switch (joined) {
      case "title", "title_detail/value" -> "title";
      case "link" -> "url";
      case "id" -> "uid";
      case "description", "summary", "summary_detail/value", "content/0/value" -> "description";
      case "published_parsed",
          "updated_parsed",
          "created_parsed",
          "date_parsed",
          "issued_parsed",
          "modified_parsed" ->
          "published";
      default -> null;
    };
  }

  private static Object actual(PyExpect.Check check, FeedParser.FeedRead read) {
    Extraction extraction = read.extraction();
    switch (check.path()) {
      case "bozo":
        return extraction.failed()
            || extraction.warnings().stream()
                .anyMatch(
                    warning ->
                        warning.startsWith("not well-formed XML")
                            || warning.startsWith("escaped bare")
                            || warning.startsWith("removed control")
                            || warning.startsWith("the body is not")
                            || warning.startsWith("the body declares an unknown"));
      case "len":
        return (long) extraction.events().size();
      case "feed":
        return check.keys().get(0).equals("link")
            ? read.link().map(URI::toString).orElse(null)
            : read.title();
      default:
        break;
    }
    if (check.entry() >= extraction.events().size()) {
      return "(no entry " + check.entry() + ")";
    }
    var event = extraction.events().get(check.entry());
    return switch (entryField(check.keys())) {
      case "title" -> event.title();
      case "url" -> event.url().map(URI::toString).orElse(null);
      case "uid" -> event.uid().orElse(null);
      case "description" -> event.description();
      default ->
          event
              .published()
              .map(
                  instant -> {
                    LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
                    return (Object)
                        List.of(
                            (long) utc.getYear(),
                            (long) utc.getMonthValue(),
                            (long) utc.getDayOfMonth(),
                            (long) utc.getHour(),
                            (long) utc.getMinute(),
                            (long) utc.getSecond());
                  })
              .orElse(null);
    };
  }

  /** Texts compare as invito keeps them: plain, entities decoded, spaces collapsed. */
  private static Object expected(PyExpect.Check check) {
    Object literal = check.literal();
    if (literal instanceof String text) {
      boolean link = check.keys().equals(List.of("link")) || check.keys().equals(List.of("id"));
      return link ? text : TextCleaner.clean(text);
    }
    if (literal instanceof List<?> tuple && tuple.size() >= 6) {
      return List.copyOf(tuple.subList(0, 6));
    }
    return literal;
  }

  private static String quote(Object value) {
    return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
  }
}
