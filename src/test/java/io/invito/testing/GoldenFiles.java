package io.invito.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Compares rendered outputs with committed {@code <name>.expected} files under {@code
 * src/test/resources/golden/<folder>/}, as google-java-format's formatter tests do. Every expected
 * file found must be matched by an output of the same name and every output must have an expected
 * file, so a renamed or forgotten golden file fails the build.
 *
 * <p>After an intended change of output, regenerate the files and review the diff: {@code mvn -o
 * test -Dtest='io.invito.draft.**,io.invito.digest.**' -Dinvito.golden.update=true}
 */
public final class GoldenFiles {
  public static final Path ROOT = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("invito.golden.update");
  private static final String SUFFIX = ".expected";

  private GoldenFiles() {}

  /** One dynamic test per expected file and per output; in update mode, rewrites them first. */
  public static List<DynamicTest> compare(String folder, Map<String, String> outputs)
      throws IOException {
    Path dir = ROOT.resolve(folder);
    if (UPDATE) {
      update(dir, outputs);
    }
    TreeSet<String> expected = discover(dir);
    TreeSet<String> names = new TreeSet<>(expected);
    names.addAll(outputs.keySet());
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : names) {
      tests.add(
          DynamicTest.dynamicTest(
              folder + "/" + name,
              () -> {
                if (!outputs.containsKey(name)) {
                  fail(
                      "golden file %s has no matching output: delete it or render it",
                      dir.resolve(name + SUFFIX));
                }
                if (!expected.contains(name)) {
                  fail(
                      "output %s has no golden file %s; run with -Dinvito.golden.update=true and review",
                      name, dir.resolve(name + SUFFIX));
                }
                String want = Files.readString(dir.resolve(name + SUFFIX), StandardCharsets.UTF_8);
                assertThat(outputs.get(name)).as("output %s", name).isEqualTo(want);
              }));
    }
    return tests;
  }

  private static TreeSet<String> discover(Path dir) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (!Files.isDirectory(dir)) {
      return names;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(Files::isRegularFile)
          .map(file -> dir.relativize(file).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(SUFFIX))
          .forEach(name -> names.add(name.substring(0, name.length() - SUFFIX.length())));
    }
    return names;
  }

  private static void update(Path dir, Map<String, String> outputs) throws IOException {
    for (String stale : discover(dir)) {
      if (!outputs.containsKey(stale)) {
        Files.delete(dir.resolve(stale + SUFFIX));
      }
    }
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      Path file = dir.resolve(output.getKey() + SUFFIX);
      Files.createDirectories(file.getParent());
      Files.writeString(file, output.getValue(), StandardCharsets.UTF_8);
    }
  }
}
