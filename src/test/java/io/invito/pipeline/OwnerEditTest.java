package io.invito.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.draft.DraftText;
import io.invito.model.Decision;
import io.invito.model.Event;
import io.invito.model.Invitation;
import io.invito.store.DraftRevision;
import io.invito.testing.ConfigFolder;
import io.invito.testing.EventBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner's edit of a draft (the desk saves it through the pipeline): a new revision whose
 * earlier text stays on disk; an event that changes afterwards leaves the edit as the draft and
 * offers its rewrite beside it; a suggestion skipped or "not for this person" skips its drafts.
 */
class OwnerEditTest {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final ZonedDateTime WEBINAR = LocalDateTime.of(2026, 12, 10, 18, 0).atZone(ROME);
  private static final Instant RUN = LocalDateTime.of(2026, 12, 7, 8, 0).atZone(ROME).toInstant();

  @TempDir Path dir;

  private static Event webinar(ZonedDateTime start) {
    return EventBuilder.webinar()
        .id("ev-sicurezza")
        .title("Webinar: sicurezza informatica per le PMI")
        .url("https://example.it/eventi/sicurezza")
        .language("it")
        .start(start)
        .end(start.plusMinutes(90))
        .sources("rss")
        .build();
  }

  private Invitation drafted(Pipeline pipeline) {
    pipeline.store().events().upsert(List.of(webinar(WEBINAR)), RUN.minusSeconds(3600));
    pipeline.matchAndDraft(RUN);
    return pipeline.store().invitations().all().get(0);
  }

  @Test
  void anEditIsANewRevisionAndTheEarlierTextStaysOnDisk() throws IOException {
    Config config = ConfigFolder.at(dir).contacts(ConfigFolder.MARCO).load();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      Invitation first = drafted(pipeline);
      String before = DraftText.read(config.outputDir().resolve(first.path())).get().body();

      Invitation edited =
          pipeline.editDraft(
              first.id(), Optional.of("Un webinar per te"), "Ciao Marco, vieni?\n", RUN);

      assertThat(edited.contentHash()).isNotEqualTo(first.contentHash());
      assertThat(edited.createdAt())
          .as("an edit is not a new invitation")
          .isEqualTo(first.createdAt());
      DraftText now = DraftText.read(config.outputDir().resolve(edited.path())).orElseThrow();
      assertThat(now.subject()).contains("Un webinar per te");
      assertThat(now.body()).isEqualTo("Ciao Marco, vieni?\n");
      List<DraftRevision> history = pipeline.store().invitations().historyOf(first.id());
      assertThat(history).hasSize(2);
      DraftRevision earlier = history.stream().filter(r -> !r.current()).findFirst().orElseThrow();
      assertThat(
              DraftText.read(config.outputDir().resolve(earlier.invitation().path())).get().body())
          .isEqualTo(before);
      assertThat(pipeline.editedAt(edited)).contains(RUN);
      assertThat(pipeline.editedAt(earlier.invitation())).isEmpty();
    }
  }

  @Test
  void aLaterChangeOfTheEventKeepsTheEditAndOffersTheRewrite() throws IOException {
    Config config = ConfigFolder.at(dir).contacts(ConfigFolder.MARCO).load();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      Invitation first = drafted(pipeline);
      Invitation edited =
          pipeline.editDraft(
              first.id(), Optional.of("Per te"), "Ciao Marco, giovedì alle 18?\n", RUN);
      Instant later = RUN.plus(Duration.ofHours(5));
      pipeline.store().events().upsert(List.of(webinar(WEBINAR.plusHours(2))), later);

      Pipeline.DraftPass pass = pipeline.matchAndDraft(later.plusSeconds(60));

      Invitation current = pipeline.store().invitations().find(first.id()).orElseThrow();
      assertThat(current.contentHash()).isEqualTo(edited.contentHash());
      assertThat(DraftText.read(config.outputDir().resolve(current.path())).get().body())
          .isEqualTo("Ciao Marco, giovedì alle 18?\n");
      assertThat(pass.warnings()).anyMatch(w -> w.contains("your text is kept"));
      Optional<DraftText> rewrite = pipeline.rewriteOf(current);
      assertThat(rewrite).isPresent();
      assertThat(rewrite.get().body()).contains("20:00");
    }
  }

  @Test
  void takingInvitosNewTextGivesTheDraftBackAndKeepsTheOwnersText() throws IOException {
    Config config = ConfigFolder.at(dir).contacts(ConfigFolder.MARCO).load();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      Invitation first = drafted(pipeline);
      assertThatThrownBy(() -> pipeline.takeRewrite(first.id(), RUN))
          .as("nothing changed: nothing to take")
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("no newer text");
      Invitation edited =
          pipeline.editDraft(
              first.id(), Optional.of("Per te"), "Ciao Marco, giovedì alle 18?\n", RUN);
      Instant later = RUN.plus(Duration.ofHours(5));
      pipeline.store().events().upsert(List.of(webinar(WEBINAR.plusHours(2))), later);
      pipeline.matchAndDraft(later.plusSeconds(60));
      String offered = pipeline.rewriteOf(edited).orElseThrow().body();

      Invitation taken = pipeline.takeRewrite(first.id(), later.plusSeconds(120));

      assertThat(DraftText.read(config.outputDir().resolve(taken.path())).get().body())
          .isEqualTo(offered)
          .contains("20:00");
      assertThat(pipeline.editedAt(taken)).as("invito's text again").isEmpty();
      assertThat(pipeline.rewriteOf(taken)).isEmpty();
      assertThat(pipeline.store().invitations().historyOf(first.id()))
          .filteredOn(revision -> !revision.current())
          .anySatisfy(
              revision ->
                  assertThat(
                          DraftText.read(config.outputDir().resolve(revision.invitation().path()))
                              .get()
                              .body())
                      .isEqualTo("Ciao Marco, giovedì alle 18?\n"));

      // Invito's again: the next change of the event is written into the draft by the run.
      Instant evenLater = later.plus(Duration.ofHours(5));
      pipeline.store().events().upsert(List.of(webinar(WEBINAR.plusHours(3))), evenLater);
      pipeline.matchAndDraft(evenLater.plusSeconds(60));
      Invitation now = pipeline.store().invitations().find(first.id()).orElseThrow();
      assertThat(DraftText.read(config.outputDir().resolve(now.path())).get().body())
          .contains("21:00");
    }
  }

  @Test
  void aSuggestionNotForThisPersonSkipsItsDraftsAndApprovingSkipsNothing() throws IOException {
    Config config = ConfigFolder.at(dir).contacts(ConfigFolder.MARCO).load();
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      Invitation first = drafted(pipeline);

      int approved = pipeline.decide(first.eventId(), first.contactId(), Decision.APPROVED, RUN);
      int refused =
          pipeline.decide(first.eventId(), first.contactId(), Decision.NOT_FOR_PERSON, RUN);

      assertThat(approved).isZero();
      assertThat(refused).isEqualTo(1);
      assertThat(pipeline.store().invitations().find(first.id()).orElseThrow().status())
          .isEqualTo(Invitation.Status.SKIPPED);
      assertThat(pipeline.store().desk().decisions(List.of(first.eventId())))
          .containsEntry(first.eventId() + "|" + first.contactId(), Decision.NOT_FOR_PERSON);
    }
  }
}
