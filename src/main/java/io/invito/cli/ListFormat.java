package io.invito.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option every list command shares; {@link Listing} does the printing. */
final class ListFormat {
  @Option(
      names = "--json",
      description = "Print the list as a JSON array, one object per row, times in ISO 8601.")
  boolean json;
}
