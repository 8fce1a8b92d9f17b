package io.invito.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code invito sources}, {@code invito invites}, ...):
 * called without one, it prints its usage and exits with 0.
 */
// An empty @Command lets @Spec stand here; the subclasses' own @Command attributes are the ones
// used.
@Command
abstract class CommandGroup implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public final void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
