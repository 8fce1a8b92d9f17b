package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enabled: and selectors: set in place in sources.yaml; every other byte of the file kept. */
class SourcesEntryWriterTest {
  static final String FILE =
      """
      # my sources, my comments
      sources:
        # the club's feed
        - id: club
          url: https://example.org/feed   # keep this
          tags: [a]

        # the agenda page
        - id: agenda
          url: https://example.org/agenda
          type: page
          selectors:
            item: ".ev"   # old rule
      # trailing comment
      """;

  @TempDir Path dir;

  @Test
  void disablingAddsOneLineAndTheLoaderReadsIt() throws Exception {
    Files.writeString(dir.resolve("sources.yaml"), FILE);
    SourcesEntryWriter.setEnabled(dir, "club", false);
    String after = Files.readString(dir.resolve("sources.yaml"));
    assertThat(after)
        .isEqualTo(FILE.replace("    tags: [a]\n", "    tags: [a]\n    enabled: false\n"));
    SourcesEntryWriter.setEnabled(dir, "club", true);
    assertThat(Files.readString(dir.resolve("sources.yaml")))
        .isEqualTo(FILE.replace("    tags: [a]\n", "    tags: [a]\n    enabled: true\n"));
  }

  @Test
  void selectorsAreReplacedWhereTheyStandKeepingTheRest() throws Exception {
    Files.writeString(dir.resolve("sources.yaml"), FILE);
    SourcesEntryWriter.setSelectors(
        dir,
        "agenda",
        new SelectorRules(".event", Optional.of("h3"), Optional.empty(), Optional.empty()));
    assertThat(Files.readString(dir.resolve("sources.yaml")))
        .isEqualTo(
            FILE.replace(
                "    selectors:\n      item: \".ev\"   # old rule\n",
                "    selectors: {item: \".event\", title: \"h3\"}   # old rule\n"));
  }

  @Test
  void anUnknownIdWritesNothing() throws Exception {
    Files.writeString(dir.resolve("sources.yaml"), FILE);
    assertThatThrownBy(() -> SourcesEntryWriter.setEnabled(dir, "nope", false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'nope'");
    assertThat(Files.readString(dir.resolve("sources.yaml"))).isEqualTo(FILE);
  }

  @Test
  void anInvalidSelectorIsNamedWithItsValue() {
    assertThatThrownBy(() -> SelectorRules.of(".ev", "div[", "", ""))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("selectors.title: 'div['");
  }
}
