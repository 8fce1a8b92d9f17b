package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A first look at ical4j's own valid samples: each parses without an exception, and the share
 * that yields at least one event is printed. The full conformance suites are a later task.
 */
class ConformanceSmokeTest {
  private static final String VALID_SAMPLES =
      "ical4j-test-resources/src/test/resources/samples/valid";

  @Test
  void readsEveryValidIcal4jSampleWithoutAnException() throws IOException {
    Optional<Path> folder = Stream.of(Path.of("../shared/conformance"),
            Path.of("/work/shared/conformance"))
        .map(root -> root.resolve(VALID_SAMPLES))
        .filter(Files::isDirectory)
        .findFirst();
    assumeTrue(folder.isPresent(), "skipped: no ical4j samples under ../shared/conformance or "
        + "/work/shared/conformance/" + VALID_SAMPLES);

    List<Path> samples;
    try (Stream<Path> files = Files.list(folder.get())) {
      samples = files.filter(path -> path.toString().endsWith(".ics")).sorted().toList();
    }
    Extractor extractor = new Extractor();
    int withEvents = 0;
    for (Path sample : samples) {
      Extraction extraction = extractor.extract(ParseInput.of(sample.toString(),
          sample.toUri(), Files.readAllBytes(sample)));
      if (!extraction.events().isEmpty()) {
        withEvents++;
      }
    }
    System.out.printf("ical4j valid samples: %d of %d (%.0f%%) yielded at least one event%n",
        withEvents, samples.size(), 100.0 * withEvents / samples.size());
    assertThat(samples).isNotEmpty();
  }
}
