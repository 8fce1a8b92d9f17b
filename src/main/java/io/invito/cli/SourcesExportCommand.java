package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.config.OpmlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code invito sources export}: writes the configured sources as OPML. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write the sources as OPML, which any feed reader imports (to standard output "
            + "unless --output is given).")
final class SourcesExportCommand implements Callable<Integer> {
  @Mixin ConfigOption configOption;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file.")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Config config = configOption.load();
    // Small enough to build in memory; then a failure cannot leave half a file behind.
    ByteArrayOutputStream opml = new ByteArrayOutputStream();
    OpmlWriter.write(
        config.sources(),
        "invito sources (" + config.owner().name() + ")",
        Clock.systemUTC().instant(),
        opml);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(opml.toString(StandardCharsets.UTF_8));
      out.flush();
      return 0;
    }
    try {
      Files.write(output, opml.toByteArray());
    } catch (IOException failed) {
      throw new ConfigException(output + ": cannot be written: " + failed.getMessage(), failed);
    }
    spec.commandLine()
        .getOut()
        .printf("exported %d sources to %s%n", config.sources().size(), output);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
