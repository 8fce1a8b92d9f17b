package io.invito.cli;

import io.invito.config.Config;
import io.invito.pipeline.Pipeline;
import io.invito.pipeline.RunLock;
import io.invito.pipeline.RunSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code invito run}: one full pass of the pipeline, now. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "One full pass: fetch every source, extract, store, match, draft, digest.")
final class RunCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(
      names = "--as-of",
      paramLabel = "DATETIME",
      description = "Run as if it were this time (2026-12-01T09:00, with an offset, or a date).")
  String asOf;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Config loaded = config.load();
    Instant now = AsOf.resolve(asOf, loaded.owner().zone(), Clock.systemUTC());
    RunLock lock = RunLock.acquire(loaded.outputDir(), "invito run");
    try (lock;
        Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC())) {
      RunSummary summary = pipeline.runOnce(now);
      new SummaryPrinter(spec.commandLine().getOut(), loaded.outputDir()).print(summary);
    }
    return 0;
  }
}
