package io.invito.cli;

import io.invito.config.Config;
import io.invito.model.Week;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The data of {@code invito demo}, kept: the demo's config, store and drafts under a test's folder,
 * made by the same steps as the command, for the tests of what reads them (the desk).
 */
public final class DemoData {
  private DemoData() {}

  /** What the demo run left and when it ran. */
  public record Made(Config config, Week week, Instant runAt) {}

  /** Runs the demo's pass in {@code work} for the week after {@code today}. */
  public static Made make(Path work, String language, Instant today) throws IOException {
    DemoCommand.Demo demo =
        DemoCommand.prepare(
            work, work.resolve("out"), language, today, new PrintWriter(new StringWriter()));
    return new Made(demo.config(), demo.week(), demo.runAt());
  }
}
