package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceIdsTest {
  @Test
  void makesAnIdFromTheTitleFoldingAccentsAndAvoidingTakenOnes() {
    assertThat(SourceIds.propose("Università – Seminari & Corsi", URI.create("https://x.it/"),
        Set.of())).isEqualTo("universita-seminari-corsi");
    assertThat(SourceIds.propose("Corsi", URI.create("https://x.it/"), Set.of("corsi", "corsi-2")))
        .isEqualTo("corsi-3");
  }

  @Test
  void makesAnIdFromTheUrlWhenTheTitleHasNoLetters() {
    assertThat(SourceIds.propose("★", URI.create("https://www.example.org/events/feed.xml"),
        Set.of())).isEqualTo("example-org-events-feed-xml");
  }
}
