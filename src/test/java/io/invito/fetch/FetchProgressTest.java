package io.invito.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.FetchResult.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchProgressTest {
  @Test
  void writesALineAtEachTenthAndASummaryWhenNoTerminalWatches() {
    List<String> lines = new ArrayList<>();
    try (FetchProgress progress = new FetchProgress(null, lines::add)) {
      progress.start(20);
      for (int i = 0; i < 20; i++) {
        progress.step("source-" + i, i % 5 == 0 ? Outcome.FAILED : Outcome.OK);
      }
    }

    assertThat(lines).first().isEqualTo("fetching 20 sources");
    assertThat(lines)
        .contains("fetched 2/20 sources (10%), 1 failed", "fetched 10/20 sources (50%), 2 failed");
    assertThat(lines).hasSize(1 + 9 + 1);
    assertThat(lines)
        .last()
        .asString()
        .startsWith("fetched 20 of 20 sources in ")
        .endsWith("s: 16 changed, 0 not modified, 4 failed");
  }

  @Test
  void drawsABarOnTheTerminalAndStillSummarises() {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    List<String> lines = new ArrayList<>();
    try (FetchProgress progress =
        new FetchProgress(new PrintStream(screen, true, StandardCharsets.UTF_8), lines::add)) {
      progress.start(3);
      progress.step("a", Outcome.OK);
      progress.step("b", Outcome.NOT_MODIFIED);
      progress.step("c", Outcome.OK);
    }

    assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Fetching", "3/3");
    assertThat(lines).singleElement().asString().endsWith("2 changed, 1 not modified, 0 failed");
  }
}
