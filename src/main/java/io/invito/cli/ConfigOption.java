package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config DIR} option every command that reads the config shares. */
final class ConfigOption {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "DIR",
      defaultValue = "config",
      description = "Config folder with invito.yaml and sources.yaml (default: ${DEFAULT-VALUE}).")
  Path directory;

  Config load() {
    return ConfigLoader.load(directory);
  }
}
