package io.invito.cli;

import io.invito.config.Config;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads the config folder named by {@code --config} and prints a report on standard
 * output ({@code sources list}, {@code status}, {@code match}, ...).
 */
// An empty @Command lets @Mixin and @Spec stand here; the subclasses' own @Command is the one used.
@Command
abstract class ReportCommand implements Runnable {
  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Override
  public final void run() {
    Config loaded = config.load();
    PrintWriter out = spec.commandLine().getOut();
    print(loaded, out);
    out.flush();
  }

  /** Writes the report; a command that reads the store opens the pipeline here and closes it. */
  abstract void print(Config loaded, PrintWriter out);
}
