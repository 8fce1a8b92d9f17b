package io.invito.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Channel;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new draft written where an earlier one was (same week, same event, contact and channel) first
 * copies the earlier one aside, under a name the store can derive from the earlier draft's row.
 */
class KeptDraftTest {
  private static final Clock AN_HOUR_LATER = Clock.offset(Fixtures.CLOCK, Duration.ofHours(1));
  private static final Clock TWO_HOURS_LATER = Clock.offset(Fixtures.CLOCK, Duration.ofHours(2));

  @TempDir Path out;

  private List<Draft> write(Clock clock, KnownEvent known) {
    return new InvitationWriter(TemplateSet.load(Fixtures.TEMPLATES), Fixtures.OWNER, out, clock)
        .write(Fixtures.match(known, Fixtures.MARCO), known, Fixtures.MARCO, Fixtures.WEEK);
  }

  private static KnownEvent movedBy(int hours) {
    return Events.startingAt(
        Fixtures.CLOUD, Fixtures.CLOUD.event().requireStart().plus(Duration.ofHours(hours)));
  }

  @Test
  void keepsACopyOfTheEarlierDraftBeforeWritingTheNewOneInItsPlace() throws IOException {
    List<Draft> before = write(Fixtures.CLOCK, Fixtures.CLOUD);
    byte[] earlierEmail = Files.readAllBytes(before.get(0).file());

    List<Draft> after = write(AN_HOUR_LATER, movedBy(2));

    for (int index = 0; index < after.size(); index++) {
      Draft draft = after.get(index);
      Draft earlier = before.get(index);
      Path kept = out.resolve(DraftKeeper.keptAt(earlier.invitation()));
      assertThat(draft.outcome()).isEqualTo(Draft.Outcome.REPLACED);
      assertThat(draft.file()).isEqualTo(earlier.file());
      assertThat(draft.superseded()).contains(kept);
      assertThat(kept).hasParent(earlier.file().getParent());
      assertThat(InvitationWriter.sha256(Files.readAllBytes(kept)))
          .as("%s holds the earlier draft", kept)
          .isEqualTo(earlier.invitation().contentHash());
    }
    assertThat(Files.readAllBytes(out.resolve(DraftKeeper.keptAt(before.get(0).invitation()))))
        .isEqualTo(earlierEmail);
    assertThat(out.relativize(after.get(0).superseded().orElseThrow()).toString())
        .isEqualTo(
            "invites/2026-W49/marco-rossi/ev-cloud-security.superseded-"
                + before.get(0).invitation().contentHash().substring(0, 12)
                + ".eml");
  }

  @Test
  void everyVersionOfADraftStaysOnDiskWhenTheEventMovesTwiceInOneWeek() throws IOException {
    Draft first = write(Fixtures.CLOCK, Fixtures.CLOUD).get(0);
    Draft second = write(AN_HOUR_LATER, movedBy(2)).get(0);
    Draft third = write(TWO_HOURS_LATER, movedBy(4)).get(0);

    Map<String, String> hashes = hashesUnder(first.file().getParent());

    assertThat(hashes)
        .containsEntry(
            DraftKeeper.keptAt(first.invitation()).getFileName().toString(),
            first.invitation().contentHash())
        .containsEntry(
            DraftKeeper.keptAt(second.invitation()).getFileName().toString(),
            second.invitation().contentHash())
        .containsEntry(third.file().getFileName().toString(), third.invitation().contentHash());
    assertThat(third.superseded()).contains(out.resolve(DraftKeeper.keptAt(second.invitation())));
  }

  @Test
  void writesNoCopyWhenNothingChanged() throws IOException {
    Draft first = write(Fixtures.CLOCK, Fixtures.CLOUD).get(0);

    Draft again = write(AN_HOUR_LATER, Fixtures.CLOUD).get(0);

    assertThat(again.outcome()).isEqualTo(Draft.Outcome.UNCHANGED);
    assertThat(hashesUnder(first.file().getParent()).keySet())
        .noneMatch(name -> name.contains(".superseded-"));
  }

  @Test
  void namesTheCopyOfAChannelDraftBeforeItsExtension() {
    Invitation whatsapp =
        new Invitation(
            "id",
            "ev1",
            "marco-rossi",
            Channel.WHATSAPP,
            "2026-W49",
            Path.of("invites/2026-W49/marco-rossi/ev1.whatsapp.txt"),
            "0123456789abcdef",
            Invitation.Status.DRAFTED,
            Fixtures.CLOCK.instant());

    assertThat(DraftKeeper.keptAt(whatsapp))
        .isEqualTo(
            Path.of("invites/2026-W49/marco-rossi/ev1.whatsapp.superseded-0123456789ab.txt"));
  }

  /** File name to the hash of its bytes, for every draft file in the folder. */
  private static Map<String, String> hashesUnder(Path folder) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        hashes.put(
            file.getFileName().toString(), InvitationWriter.sha256(Files.readAllBytes(file)));
      }
    }
    return hashes;
  }
}
