package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-source CSS selector rules in sources.yaml, for pages that mark no events up. */
class SelectorConfigTest {
  private static final String OWNER =
      "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n";
  private static final String PAGE =
      "sources:\n  - id: agenda\n    url: https://example.it/agenda\n    type: page\n";

  @TempDir Path dir;

  @BeforeEach
  void writeConfig() throws IOException {
    Files.writeString(dir.resolve("contacts.csv"), "first_name,last_name,email\n");
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("invito.yaml"), OWNER);
  }

  @Test
  void readsTheSelectorsOfASource() throws IOException {
    Files.writeString(
        dir.resolve("sources.yaml"),
        PAGE
            + "    selectors:\n"
            + "      item: '.agenda li'\n      title: h3\n      date: '.quando'\n");

    Source source = ConfigLoader.load(dir).sources().get(0);

    assertThat(source.selectors())
        .contains(
            new SelectorRules(
                ".agenda li", Optional.of("h3"), Optional.of(".quando"), Optional.empty()));
  }

  @Test
  void leavesASourceWithoutSelectorsWithoutRules() throws IOException {
    Files.writeString(dir.resolve("sources.yaml"), PAGE);

    assertThat(ConfigLoader.load(dir).sources().get(0).selectors()).isEmpty();
  }

  @Test
  void refusesASelectorJsoupCannotParseNamingFileKeyAndValue() throws IOException {
    Files.writeString(
        dir.resolve("sources.yaml"),
        PAGE + "    selectors:\n" + "      item: '.agenda li'\n      date: 'span[data-x'\n");

    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "sources.yaml: sources[0].selectors.date 'span[data-x' is not a CSS "
                + "selector jsoup understands");
  }

  @Test
  void refusesRulesWithoutAnItemSelectorOrWithAnUnknownKey() throws IOException {
    Files.writeString(dir.resolve("sources.yaml"), PAGE + "    selectors:\n      title: h3\n");
    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessageStartingWith("sources.yaml: sources[0].selectors.item is missing");

    Files.writeString(
        dir.resolve("sources.yaml"),
        PAGE + "    selectors:\n" + "      item: li\n      when: .x\n");
    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessageStartingWith("sources.yaml: sources[0].selectors.when is not a known key");
  }
}
