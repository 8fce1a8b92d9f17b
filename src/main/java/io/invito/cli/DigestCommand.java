package io.invito.cli;

import io.invito.config.Config;
import io.invito.model.Week;
import io.invito.pipeline.Pipeline;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code invito digest}: writes a week's digest from what is stored, without fetching. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description =
        "Write the digest of a week (default: the week the waiting drafts are for) from the"
            + " stored events.")
final class DigestCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(names = "--week", paramLabel = "WEEK", description = "ISO week, e.g. 2026-W49.")
  String week;

  @Option(names = "--as-of", paramLabel = "DATETIME", description = "Run as if it were this time.")
  String asOf;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Config loaded = config.load();
    Instant now = AsOf.resolve(asOf, loaded.owner().zone(), Clock.systemUTC());
    try (Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC())) {
      Week target = TargetWeek.resolve(week, pipeline, now);
      for (Path file : pipeline.writeDigest(target, now)) {
        spec.commandLine().getOut().println(file.toAbsolutePath());
      }
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
