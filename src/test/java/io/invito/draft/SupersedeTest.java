package io.invito.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.invito.model.Channel;
import io.invito.model.KnownEvent;
import io.invito.model.Week;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-running writes nothing unless the event or a template changed; a changed draft supersedes the
 * latest earlier one of the same event, contact and channel, in this week or an earlier one.
 */
class SupersedeTest {
  private static final Week NEXT = Fixtures.WEEK.next();
  private static final Week PREVIOUS = Week.of(Fixtures.WEEK.monday().minusWeeks(1));
  private static final Clock A_WEEK_LATER = Clock.offset(Fixtures.CLOCK, Duration.ofDays(7));

  @TempDir Path out;
  @TempDir Path templatesCopy;

  private List<Draft> write(TemplateSet templates, Clock clock, KnownEvent known, Week week) {
    return new InvitationWriter(templates, Fixtures.OWNER, out, clock)
        .write(Fixtures.match(known, Fixtures.MARCO), known, Fixtures.MARCO, week);
  }

  private List<Draft> write(Clock clock, KnownEvent known, Week week) {
    return write(TemplateSet.load(Fixtures.TEMPLATES), clock, known, week);
  }

  @Test
  void writesNothingNextWeekForAnUnchangedEventAndPointsAtTheEarlierDrafts() throws IOException {
    List<Draft> before = write(Fixtures.CLOCK, Fixtures.CLOUD, Fixtures.WEEK);

    List<Draft> again = write(A_WEEK_LATER, Fixtures.CLOUD, NEXT);

    assertThat(again).extracting(Draft::outcome).containsOnly(Draft.Outcome.UNCHANGED);
    assertThat(again).extracting(Draft::file).isEqualTo(before.stream().map(Draft::file).toList());
    assertThat(again).extracting(draft -> draft.invitation().week()).containsOnly("2026-W49");
    assertThat(again)
        .extracting(draft -> draft.invitation().contentHash())
        .isEqualTo(before.stream().map(draft -> draft.invitation().contentHash()).toList());
    assertThat(again).extracting(Draft::superseded).containsOnly(Optional.empty());
    assertThat(out.resolve("invites").resolve(NEXT.toString())).doesNotExist();
  }

  @Test
  void writesANewDraftNextWeekForAChangedEventAndSupersedesTheEarlierOne() throws Exception {
    List<Draft> before = write(Fixtures.CLOCK, Fixtures.CLOUD, Fixtures.WEEK);
    byte[] earlierEmail = Files.readAllBytes(before.get(0).file());
    KnownEvent moved =
        Events.startingAt(Fixtures.CLOUD, Fixtures.CLOUD.event().requireStart().plusDays(1));

    List<Draft> after = write(A_WEEK_LATER, moved, NEXT);

    assertThat(after).extracting(Draft::outcome).containsOnly(Draft.Outcome.REPLACED);
    for (int index = 0; index < after.size(); index++) {
      Draft draft = after.get(index);
      assertThat(draft.superseded()).contains(before.get(index).file());
      assertThat(draft.file()).isNotEqualTo(before.get(index).file());
      assertThat(out.relativize(draft.file()).toString().replace('\\', '/'))
          .startsWith("invites/2026-W50/marco-rossi/");
      assertThat(draft.invitation().id()).isEqualTo(before.get(index).invitation().id());
      assertThat(draft.invitation().week()).isEqualTo("2026-W50");
    }
    assertThat(Files.readAllBytes(before.get(0).file()))
        .as("the earlier draft stays as the record of what was drafted then")
        .isEqualTo(earlierEmail);
    assertThat(Eml.read(after.get(0).file()).text()).contains("Nota: l'evento è stato spostato");
  }

  @Test
  void rewritesTheDraftsWhenATemplateChanged() throws IOException {
    copyTemplates();
    List<Draft> before =
        write(TemplateSet.load(templatesCopy), Fixtures.CLOCK, Fixtures.CLOUD, Fixtures.WEEK);
    Path whatsapp = templatesCopy.resolve("it/whatsapp.txt");
    Files.writeString(
        whatsapp,
        Files.readString(whatsapp, StandardCharsets.UTF_8)
            .replace("Fammi sapere se ci sei!", "Ci vediamo lì?"),
        StandardCharsets.UTF_8);

    List<Draft> after =
        write(TemplateSet.load(templatesCopy), A_WEEK_LATER, Fixtures.CLOUD, Fixtures.WEEK);

    assertThat(after)
        .extracting(draft -> draft.invitation().channel(), Draft::outcome)
        .containsExactly(
            tuple(Channel.EMAIL, Draft.Outcome.UNCHANGED),
            tuple(Channel.WHATSAPP, Draft.Outcome.REPLACED));
    assertThat(after.get(1).superseded())
        .contains(out.resolve(DraftKeeper.keptAt(before.get(1).invitation())));
    assertThat(Files.readString(after.get(1).file(), StandardCharsets.UTF_8))
        .endsWith("Ci vediamo lì?\n");
  }

  @Test
  void supersedesTheDraftInALaterWeekWhenTheEventMovedEarlier() throws IOException {
    List<Draft> before = write(Fixtures.CLOCK, Fixtures.CLOUD, NEXT);
    KnownEvent earlier =
        Events.startingAt(Fixtures.CLOUD, Fixtures.CLOUD.event().requireStart().minusDays(7));

    List<Draft> after = write(A_WEEK_LATER, earlier, PREVIOUS);

    assertThat(after).extracting(Draft::outcome).containsOnly(Draft.Outcome.REPLACED);
    assertThat(after.get(0).superseded()).contains(before.get(0).file());
  }

  @Test
  void takesTheLastWrittenOfSeveralEarlierDraftsAndIgnoresFoldersThatAreNotWeeks()
      throws IOException {
    Path w48 = write(Fixtures.CLOCK, Fixtures.CLOUD, PREVIOUS).get(0).file();
    Files.setLastModifiedTime(w48, FileTime.fromMillis(2_000_000_000_000L));
    write(Fixtures.CLOCK, Events.titled(Fixtures.CLOUD, "Altro titolo"), NEXT);
    Files.createDirectories(out.resolve("invites/old-drafts/marco-rossi"));
    Files.writeString(out.resolve("invites/old-drafts/marco-rossi/ev-cloud-security.eml"), "x");

    Draft again = write(Fixtures.CLOCK, Fixtures.CLOUD, Fixtures.WEEK).get(0);

    assertThat(again.outcome()).isEqualTo(Draft.Outcome.UNCHANGED);
    assertThat(again.file()).isEqualTo(w48);
  }

  private void copyTemplates() throws IOException {
    try (Stream<Path> files = Files.walk(Fixtures.TEMPLATES)) {
      for (Path file : files.toList()) {
        Path target = templatesCopy.resolve(Fixtures.TEMPLATES.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
