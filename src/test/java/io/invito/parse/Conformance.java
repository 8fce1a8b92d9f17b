package io.invito.parse;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The conformance corpora in {@code ../shared/conformance/}, read in place, and the one committed
 * list of the cases that still fail, with why ({@code conformance/known-failures.txt}). A failure
 * not on the list fails the build; a listed case that passes is reported so the list shrinks.
 */
final class Conformance {
  private static final Map<String, String> KNOWN = readKnown();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Conformance() {}

  /** The corpus folder, or a skip naming where it was looked for. */
  static Path root() {
    Optional<Path> root = findRoot();
    assumeTrue(
        root.isPresent(),
        "skipped: the conformance corpora are not in "
            + "../shared/conformance nor /work/shared/conformance (CI has them beside the checkout)");
    return root.get();
  }

  /** The files under a corpus folder with the given endings, sorted, or none when absent. */
  static Stream<Path> files(String folder, String... endings) {
    Optional<Path> root = findRoot();
    if (root.isEmpty() || !Files.isDirectory(root.get().resolve(folder))) {
      return Stream.of(Path.of("(corpus absent)"));
    }
    try (Stream<Path> walk = Files.walk(root.get().resolve(folder))) {
      return walk
          .filter(Files::isRegularFile)
          .filter(path -> Stream.of(endings).anyMatch(path.toString()::endsWith))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> findRoot() {
    return Stream.of(Path.of("../shared/conformance"), Path.of("/work/shared/conformance"))
        .filter(Files::isDirectory)
        .findFirst();
  }

  /** A corpus JSON file's tree. */
  static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case's name in the known-failures list: its path below the corpus root. */
  static String key(Path file) {
    return root().relativize(file).toString().replace('\\', '/');
  }

  /**
   * One suite's tally, registered on its test class with {@code @RegisterExtension}: every test is
   * skipped when the corpora are absent, and the suite's share is printed after the last one.
   */
  static final class Suite implements BeforeEachCallback, AfterAllCallback {
    private final String name;
    private int mapped;
    private int passed;
    private int unmappedExpressions;
    private final List<String> nowPassing = new ArrayList<>();

    Suite(String name) {
      this.name = name;
    }

    /**
     * Records one mapped case. A failure must be listed; a listed case that passes is noted.
     *
     * @param failure why the case failed, or empty when it passed
     */
    void record(String key, Optional<String> failure) {
      synchronized (this) {
        mapped++;
        if (failure.isEmpty()) {
          passed++;
          if (KNOWN.containsKey(key)) {
            nowPassing.add(key);
          }
        }
      }
      if (failure.isPresent() && !KNOWN.containsKey(key)) {
        fail(
            key
                + ": "
                + failure.get()
                + " (a new failure: fix it, or list it with its reason in "
                + "src/test/resources/conformance/known-failures.txt)");
      }
    }

    /** Counts expressions of the suite's expectations that invito does not map to its model. */
    synchronized void unmapped(int expressions) {
      unmappedExpressions += expressions;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      root();
    }

    /** Prints the suite's pass share, as the build's record of it. */
    @Override
    public synchronized void afterAll(ExtensionContext context) {
      if (mapped == 0) {
        return;
      }
      System.out.printf(
          "conformance %s: %d/%d mapped cases pass (%.1f%%)%s%n",
          name,
          passed,
          mapped,
          100.0 * passed / mapped,
          unmappedExpressions == 0
              ? ""
              : "; " + unmappedExpressions + " expressions not mapped (not counted)");
      Collections.sort(nowPassing);
      for (String key : nowPassing) {
        System.out.println(
            "conformance " + name + ": now passes, remove from known-failures.txt: " + key);
      }
    }
  }

  private static Map<String, String> readKnown() {
    Map<String, String> known = new LinkedHashMap<>();
    try (InputStream in =
        Conformance.class.getResourceAsStream("/conformance/known-failures.txt")) {
      if (in == null) {
        return known;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String clean = line.strip();
        if (!clean.isEmpty() && !clean.startsWith("#")) {
          int bar = clean.indexOf(" | ");
          known.put(
              bar < 0 ? clean : clean.substring(0, bar).strip(),
              bar < 0 ? "" : clean.substring(bar + 3).strip());
        }
      }
      return known;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
