package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every broken input in {@code fuzz/} yields a clean Extraction, as jsoup's FuzzFixesTest. */
class FuzzTest {
  private final Extractor extractor = new Extractor();

  static Stream<Path> fuzzFiles() throws IOException, URISyntaxException {
    Path folder = Path.of(FuzzTest.class.getResource("/fuzz").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList().stream();
    }
  }

  @Test
  void theFuzzFolderHoldsTheInputsItPromises() throws IOException, URISyntaxException {
    assertThat(fuzzFiles().map(path -> path.getFileName().toString()))
        .contains(
            "truncated-feed.xml",
            "binary-garbage.bin",
            "deep-nesting.xml",
            "deep-nesting-jsonld.html",
            "billion-laughs.xml",
            "xxe-passwd.xml",
            "malformed-jsonld.html",
            "broken.ics",
            "empty.txt",
            "deep-microdata.html",
            "broken-microdata.html",
            "broken-rdfa-hevent.html",
            "truncated-page.html",
            "truncated.ics",
            "truncated.atom",
            "deep-jsonld-arrays.html",
            "jsonld-not-objects.html",
            "utf16-garbage.xml",
            "bom-then-garbage.ics",
            "huge-attribute.html",
            "xcal-broken.rss");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fuzzFiles")
  void yieldsAnExtractionWithoutThrowing(Path file) throws IOException {
    for (ParseInput input : inputs(file)) {
      Extraction extraction = extractor.extract(input);

      assertThat(extraction).isNotNull();
      assertThat(extraction.format()).isIn("rss", "atom", "rdf", "ics", "html", "unknown");
      assertThat(extraction.failed() || extraction.warnings() != null).isTrue();
      String everything = extraction.toString();
      assertThat(everything).as("nothing of /etc/passwd leaks").doesNotContain("root:x:0:0");
      extraction.events().forEach(event -> assertThat(EventJson.line(event)).isNotBlank());
    }
  }

  @Test
  void refusesEntityDeclarationsWithAnError() {
    for (String name :
        List.of("billion-laughs.xml", "xxe-passwd.xml", "xxe-parameter-entity.xml")) {
      Extraction extraction =
          extractor.extract(Fixtures.input("fuzz/" + name, "https://x.example/feed"));

      assertThat(extraction.error())
          .as(name)
          .hasValueSatisfying(error -> assertThat(error).contains("DOCTYPE"));
      assertThat(extraction.events()).as(name).isEmpty();
    }
  }

  @Test
  void reportsEmptyAndUnrecognisedBodiesAsErrors() {
    assertThat(extractor.extract(Fixtures.input("fuzz/empty.txt", "https://x.example/")).error())
        .contains("the body is empty");
    assertThat(
            extractor
                .extract(Fixtures.input("fuzz/binary-garbage.bin", "https://x.example/"))
                .format())
        .isEqualTo("unknown");
  }

  /** Each file as sniffed, and also forced through every parser by a misleading declared type. */
  private static List<ParseInput> inputs(Path file) throws IOException {
    byte[] body = Files.readAllBytes(file);
    URI base = URI.create("https://fuzz.example/" + file.getFileName());
    ParseInput sniffed = ParseInput.of(file.toString(), base, body);
    return Stream.concat(
            Stream.of(sniffed),
            Stream.of(io.invito.config.SourceType.values())
                .map(
                    type ->
                        new ParseInput(
                            file.toString(),
                            base,
                            body,
                            java.util.Optional.empty(),
                            java.util.Optional.of(type),
                            java.util.Optional.empty(),
                            java.util.Optional.empty())))
        .toList();
  }
}
