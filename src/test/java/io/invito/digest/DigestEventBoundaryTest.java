package io.invito.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.model.KnownEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One event the summariser cannot handle (here: a record with no delivery, which no stage should
 * hand over, and on which the real summariser fails) never stops the digest: the other events are
 * complete in every file, and the bad one is listed by title with the reason.
 */
class DigestEventBoundaryTest {
  @TempDir Path out;

  private static Digest withOneBadEvent(Language language) {
    KnownEvent broken =
        DigestFixtures.known(
            DigestFixtures.event(
                    "ev-broken", LocalDateTime.of(2026, 12, 2, 17, 0).atZone(DigestFixtures.ROME))
                .title("Evento senza formato")
                .delivery(null)
                .build(),
            "2026-11-26T10:00:00Z",
            "2026-11-26T10:00:00Z",
            null);
    Digest fixture = DigestFixtures.digest(language);
    List<Digest.Entry> entries = new ArrayList<>(fixture.entries());
    entries.add(1, new Digest.Entry(broken, List.of()));
    return new Digest(
        fixture.week(),
        fixture.owner(),
        fixture.generatedAt(),
        entries,
        fixture.sources(),
        fixture.previousDigestAt());
  }

  @Test
  void theSummariserReallyFailsOnTheBadEvent() {
    Digest digest = withOneBadEvent(Language.EN);
    EventSummarizer summarizer =
        new EventSummarizer(Labels.of(Language.EN), digest.owner(), out, digest.previousDigestAt());

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> summarizer.summarize(digest.entries().get(1)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theOtherEventsAreCompleteInEveryFileAndTheBadOneIsNamed() throws IOException {
    List<Path> files = new DigestWriter(out).write(withOneBadEvent(Language.EN));
    List<Path> reference =
        new DigestWriter(out.resolve("ref")).write(DigestFixtures.digest(Language.EN));

    String markdown = Files.readString(files.get(0), StandardCharsets.UTF_8);
    String calendar = Files.readString(files.get(2), StandardCharsets.UTF_8);
    assertThat(files).allMatch(Files::isRegularFile);
    assertThat(markdown)
        .contains("Evento senza formato")
        .contains("The details of this event could not be shown \\(NullPointerException");
    for (KnownEvent good :
        List.of(DigestFixtures.CLOUD, DigestFixtures.RAG, DigestFixtures.MEETUP)) {
      assertThat(markdown).contains(DigestText.markdown(good.event().title()));
      assertThat(calendar).contains("UID:" + good.event().id());
    }
    // Every line of the uninterrupted digest's event sections is still there.
    String expected = Files.readString(reference.get(0), StandardCharsets.UTF_8);
    List<String> missing = expected.lines().filter(line -> !markdown.contains(line)).toList();
    assertThat(missing).allMatch(line -> line.isBlank() || line.contains("sources"));
  }

  @Test
  void theNoteIsInTheOwnersLanguage() throws IOException {
    List<Path> files = new DigestWriter(out).write(withOneBadEvent(Language.IT));

    assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8))
        .contains("Non è stato possibile mostrare i dettagli di questo evento");
  }
}
