package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.testing.ConfigFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enabled: false keeps a source listed but out of what run and serve fetch. */
class SourceEnabledTest {
  @TempDir Path dir;

  @Test
  void aDisabledSourceIsListedButNotFetched() throws Exception {
    Config config =
        ConfigFolder.at(dir)
            .sources(
                "  - id: club\n    url: https://example.org/a\n"
                    + "  - id: rest\n    url: https://example.org/b\n    enabled: false\n")
            .load();
    assertThat(config.sources()).extracting(Source::id).containsExactly("club", "rest");
    assertThat(config.enabledSources()).extracting(Source::id).containsExactly("club");
    assertThat(config.findSource("rest").orElseThrow().enabled()).isFalse();
  }

  @Test
  void aValueThatIsNotTrueOrFalseIsNamed() {
    assertThatThrownBy(
            () ->
                ConfigFolder.at(dir)
                    .sources("  - id: x\n    url: https://example.org/a\n    enabled: maybe\n")
                    .load())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("enabled")
        .hasMessageContaining("maybe");
  }
}
