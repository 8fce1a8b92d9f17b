package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceIdsTest {
  @Test
  void makesAnIdFromTheTitleFoldingAccentsAndAvoidingTakenOnes() {
    assertThat(
            SourceIds.propose(
                "Università – Seminari & Corsi", URI.create("https://x.it/"), Set.of()))
        .isEqualTo("universita-seminari-corsi");
    assertThat(
            SourceIds.propose(
                "Corsi IT", URI.create("https://x.it/"), Set.of("corsi-it", "corsi-it-2")))
        .isEqualTo("corsi-it-3");
  }

  @Test
  void keepsATitleThatIsAlreadyAFreeValidId() {
    assertThat(SourceIds.propose("AWS.events", URI.create("https://x.it/"), Set.of()))
        .isEqualTo("AWS.events");
    assertThat(SourceIds.propose("corsi", URI.create("https://x.it/"), Set.of("corsi")))
        .isEqualTo("corsi-2");
  }

  @Test
  void makesAnIdFromTheUrlWhenTheTitleHasNoLetters() {
    assertThat(
            SourceIds.propose("★", URI.create("https://www.example.org/events/feed.xml"), Set.of()))
        .isEqualTo("example-org-events-feed-xml");
  }
}
