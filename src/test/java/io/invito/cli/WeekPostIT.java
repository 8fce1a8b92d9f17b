package io.invito.cli;

import static io.invito.cli.CliRun.invito;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.draft.PostWriter;
import io.invito.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The week's public post on the demo, as {@code invito demo} writes it for an Italian owner and for
 * an English one: compared with golden files a person read and approved, and checked for what a
 * public post must never do.
 */
class WeekPostIT {
  private static final Pattern PORT = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");
  private static final Pattern LINK = Pattern.compile("→ (http\\S+)");

  /** Every name in the demo's contacts file: a public post names none of them. */
  private static final List<String> CONTACT_NAMES =
      List.of(
          "Marco", "Rossi", "Anna", "Smith", "Elena", "Conti", "James", "Okafor", "Luca", "Ferrari",
          "Sofia", "Greco", "Paolo", "Neri");

  @TempDir static Path dir;
  private static final Map<String, CliRun> RUNS = new LinkedHashMap<>();

  @BeforeAll
  static void runTheDemoInBothLanguages() {
    for (String language : List.of("it", "en")) {
      RUNS.put(
          language,
          invito(
              "demo",
              "--out",
              dir.resolve(language).toString(),
              "--as-of",
              "2026-11-26T10:00",
              "--language",
              language));
    }
  }

  private static String read(String language, String file) throws IOException {
    return Files.readString(dir.resolve(language).resolve("digest").resolve(file));
  }

  @TestFactory
  List<DynamicTest> thePostMatchesTheApprovedTextInBothLanguages() throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (String language : RUNS.keySet()) {
      assertThat(RUNS.get(language).code()).as(RUNS.get(language).err()).isZero();
      outputs.put(
          "demo-" + language + ".post.md",
          PORT.matcher(read(language, "2026-W49.post.md")).replaceAll("http://127.0.0.1:PORT/"));
    }
    return GoldenFiles.compare("post", outputs);
  }

  @Test
  void thePostFitsLinkedInNamesNoContactAndLinksOnlyThisWeeksEvents() throws IOException {
    for (String language : RUNS.keySet()) {
      CliRun run = RUNS.get(language);
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).contains("2026-W49.post.txt").contains("2026-W49.post.md");
      String post = read(language, "2026-W49.post.txt");
      assertThat(post.length()).isBetween(200, PostWriter.LINKEDIN_LIMIT);
      assertThat(post).doesNotContainPattern("\\b(" + String.join("|", CONTACT_NAMES) + ")\\b");
      // Two to four events, each a link to a page of the week's demo events, none twice.
      List<String> links = new ArrayList<>();
      Matcher link = LINK.matcher(post);
      while (link.find()) {
        links.add(link.group(1));
      }
      assertThat(links).hasSizeBetween(2, 4).doesNotHaveDuplicates();
      String digest = read(language, "2026-W49.md");
      for (String url : links) {
        assertThat(digest).as("the digest of the week lists %s", url).contains(url);
      }
      // The webinar the organiser cancelled is in the digest, struck through; never in the post.
      assertThat(digest).contains("Brexit");
      assertThat(post).doesNotContain("Brexit");
      // The short form fits too, and the digest shows the post with its files.
      String page = read(language, "2026-W49.post.md");
      String shortForm =
          page.substring(page.lastIndexOf("```text\n") + 8, page.lastIndexOf("\n```"));
      assertThat(shortForm.length()).isLessThanOrEqualTo(PostWriter.SHORT_LIMIT);
      assertThat(digest).contains("(<2026-W49.post.txt>)").contains("(<2026-W49.post.md>)");
      assertThat(read(language, "2026-W49.html")).contains("<pre class=\"post\"");
    }
    assertThat(read("it", "2026-W49.post.txt"))
        .startsWith("Ogni settimana")
        .contains("la settimana dal 30 novembre al 6 dicembre");
    assertThat(read("en", "2026-W49.post.txt"))
        .startsWith("Every week")
        .contains("the week of 30 November");
  }
}
