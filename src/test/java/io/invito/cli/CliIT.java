package io.invito.cli;

import static io.invito.cli.CliResult.invito;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user meets it: exit codes, messages, and the demo's output. */
class CliIT {
  @TempDir Path dir;

  @Test
  void demoPrintsTheDigestAndAtLeastOneDraftPerMatchedContactInBothLanguages() throws IOException {
    Path out = dir.resolve("demo-out");

    CliResult result = invito("demo", "--out", out.toString(), "--as-of", "2026-11-26T10:00");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(out.resolve("digest/2026-W49.md").toString())
        .contains(out.resolve("digest/2026-W49.html").toString());
    assertThat(Files.size(out.resolve("digest/2026-W49.md"))).isGreaterThan(500);
    List<String> draftLines =
        Arrays.stream(result.out().split("\n"))
            .map(String::strip)
            .filter(line -> line.contains("/invites/"))
            .toList();
    assertThat(draftLines).isNotEmpty();
    draftLines.forEach(line -> assertThat(Path.of(line)).exists());
    // Italian and English contacts each got a draft in their own language.
    assertThat(draftLines).anyMatch(line -> line.contains("/marco-rossi/"));
    assertThat(draftLines).anyMatch(line -> line.contains("/anna-smith/"));
    assertThat(firstDraftText(draftLines, "/marco-rossi/")).contains("Ciao Marco");
    assertThat(firstDraftText(draftLines, "/anna-smith/")).contains("Hi Anna");
    // The opted-out contact is never invited.
    assertThat(draftLines).noneMatch(line -> line.contains("/paolo-neri/"));
    // The broken example source is reported and the rest went through.
    assertThat(result.out()).contains("example-broken").contains("404");
  }

  private static String firstDraftText(List<String> draftLines, String contactFolder)
      throws IOException {
    return TestFiles.draftText(
        Path.of(
            draftLines.stream()
                .filter(line -> line.contains(contactFolder))
                .findFirst()
                .orElseThrow()));
  }

  @Test
  void aConfigTypoExitsWithTwoAndOneLineNamingFileAndKey() throws IOException {
    TestFiles.copyTree(Path.of("config"), dir);
    Path main = dir.resolve("invito.yaml");
    Files.writeString(
        main, Files.readString(main).replace("  timeZone: Europe/Rome", "  timezone: Europe/Rome"));

    CliResult result = invito("run", "--config", dir.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().strip())
        .doesNotContain("\n")
        .startsWith("error: invito.yaml: owner.timezone is not a known key");
  }

  @Test
  void aBadSourceUrlExitsWithTwoNamingTheSource() throws IOException {
    TestFiles.copyTree(Path.of("config"), dir);
    Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - id: x\n    url: htp://x\n");

    CliResult result = invito("run", "--config", dir.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo("error: sources.yaml: sources[0].url 'htp://x' is not an http(s) URL");
  }

  @Test
  void aMissingConfigFolderExitsWithTwo() {
    CliResult result = invito("sources", "list", "--config", dir.resolve("nowhere").toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("nowhere").contains("does not exist");
  }

  @Test
  void anUnknownOptionExitsWithTwo() {
    assertThat(invito("run", "--bogus").code()).isEqualTo(2);
    assertThat(invito("digest", "--config", "config", "--week", "2026-W99").code()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "run",
        "serve",
        "demo",
        "extract",
        "sources",
        "events",
        "digest",
        "invites",
        "contacts",
        "match"
      })
  void everyCommandHasHelp(String command) {
    CliResult result = invito(command, "--help");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("Usage: invito " + command);
  }

  @Test
  void extractPrintsOneJsonObjectPerEvent() {
    CliResult result =
        invito("extract", "src/test/resources/site/launch.html", "--zone", "Europe/Rome");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out().strip().split("\n"))
        .singleElement()
        .satisfies(
            line -> assertThat(line).startsWith("{").contains("\"title\":\"Live product demo"));
  }
}
