package io.invito.parse;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calendars from ical4j's and python-icalendar's own tests: ical4j's valid samples must be read
 * without an error; its invalid ones must end in an error or a warning, never an exception; no
 * python-icalendar calendar (real exports, RFC examples, fuzzed files) may crash the parser.
 */
class CalendarConformanceTest {
  @RegisterExtension static final Conformance.Suite VALID = new Conformance.Suite("ical4j valid");

  @RegisterExtension
  static final Conformance.Suite INVALID = new Conformance.Suite("ical4j invalid");

  @RegisterExtension
  static final Conformance.Suite PYTHON = new Conformance.Suite("python-icalendar");

  private final Extractor extractor = new Extractor();

  static Stream<Path> valid() {
    return Conformance.files("ical4j-test-resources/src/test/resources/samples/valid", ".ics");
  }

  static Stream<Path> invalid() {
    return Conformance.files("ical4j-test-resources/src/test/resources/samples/invalid", ".ics");
  }

  static Stream<Path> python() {
    return Conformance.files("python-icalendar-tests/src/icalendar/tests", ".ics");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void readsAValidSampleWithoutAnError(Path file) throws IOException {
    Optional<String> failure =
        read(file)
            .flatMap(
                extraction ->
                    extraction
                        .error()
                        .map(error -> "refused: " + error)
                        .or(
                            () ->
                                extraction.format().equals("ics")
                                    ? Optional.empty()
                                    : Optional.of("read as " + extraction.format())));
    VALID.record(Conformance.key(file), failure);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void refusesOrRepairsAnInvalidSampleWithADiagnostic(Path file) throws IOException {
    Extraction extraction = read(file).orElse(null);
    Optional<String> failure =
        extraction == null
            ? Optional.of("threw an exception")
            : extraction.failed() || !extraction.warnings().isEmpty()
                ? Optional.empty()
                : Optional.of(
                    "read " + extraction.events().size() + " events without a diagnostic");
    INVALID.record(Conformance.key(file), failure);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("python")
  void neverCrashesOnACalendar(Path file) throws IOException {
    PYTHON.record(
        Conformance.key(file),
        read(file).isPresent() ? Optional.empty() : Optional.of("threw an exception"));
  }

  /** The extraction, or empty when the parser threw: the one outcome no input may have. */
  private Optional<Extraction> read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return Optional.of(
          extractor.extract(
              ParseInput.of(
                  file.toString(), URI.create("https://calendar.example/feed.ics"), bytes)));
    } catch (RuntimeException e) {
      System.out.println(file + ": " + e);
      return Optional.empty();
    }
  }
}
