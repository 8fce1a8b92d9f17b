package io.invito.draft;

import io.invito.model.KnownEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the fixture drafts over and over, alternating two versions of the events so every pass
 * really rewrites every file, until it is killed: the victim of {@link KilledWriterIT}.
 */
final class DraftWriterLoop {

  private DraftWriterLoop() {}

  /** The fixture events as first seen ({@code moved} false) or a day later each. */
  static Map<String, KnownEvent> events(boolean moved) {
    return Fixtures.events().stream()
        .map(
            known ->
                moved ? Events.startingAt(known, known.event().requireStart().plusDays(1)) : known)
        .collect(Collectors.toMap(known -> known.event().id(), Function.identity()));
  }

  /** One full pass: every fixture match drafted, then the week's index. */
  static void pass(Path out, boolean moved) {
    Map<String, KnownEvent> events = events(moved);
    InvitationWriter writer =
        new InvitationWriter(
            TemplateSet.load(Fixtures.TEMPLATES), Fixtures.OWNER, out, Fixtures.CLOCK);
    List<Draft> drafts = Fixtures.draftAll(writer, events);
    InvitationWriter.writeIndex(out, Fixtures.WEEK, drafts, Fixtures.contactsById(), events);
  }

  /** Argument: the output folder. Prints {@code pass N} after each full pass. */
  public static void main(String[] args) {
    Path out = Path.of(args[0]);
    for (long count = 1; ; count++) {
      pass(out, count % 2 == 0);
      System.out.println("pass " + count);
      System.out.flush();
    }
  }
}
