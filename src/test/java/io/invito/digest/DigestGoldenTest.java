package io.invito.digest;

import io.invito.config.Language;
import io.invito.testing.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fixed week, and an empty one after it, render in both languages to committed Markdown, HTML,
 * iCalendar and Atom files (the feed then holds both weeks).
 */
class DigestGoldenTest {
  @TempDir Path out;

  @TestFactory
  List<DynamicTest> digestsEqualGoldenFiles() throws IOException {
    Map<String, String> outputs = new TreeMap<>();
    for (Language language : Language.values()) {
      for (Digest digest :
          List.of(DigestFixtures.digest(language), DigestFixtures.empty(language))) {
        for (Path file : new DigestWriter(out.resolve(language.code())).write(digest)) {
          outputs.put(
              language.code() + "/" + file.getFileName(),
              Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return GoldenFiles.compare("digest", outputs);
  }
}
