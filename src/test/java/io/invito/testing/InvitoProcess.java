package io.invito.testing;

import java.nio.file.Path;

/**
 * {@code invito} in a JVM of its own, on the tests' class path, for what one process cannot show.
 */
public final class InvitoProcess {
  private InvitoProcess() {}

  /**
   * {@code invito ARGS...}: a command in a process of its own, its errors merged into its output.
   */
  public static ProcessBuilder command(String... args) {
    java.util.List<String> line =
        new java.util.ArrayList<>(
            java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.invito.cli.Main"));
    line.addAll(java.util.List.of(args));
    return new ProcessBuilder(line).redirectErrorStream(true);
  }

  /**
   * {@code invito ARGS...} in a JVM started with these options ({@code -Dinvito.kill=NAME}), its
   * errors merged into its output.
   */
  public static ProcessBuilder command(java.util.List<String> jvmOptions, String... args) {
    java.util.List<String> line = new java.util.ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.addAll(jvmOptions);
    line.addAll(
        java.util.List.of("-cp", System.getProperty("java.class.path"), "io.invito.cli.Main"));
    line.addAll(java.util.List.of(args));
    return new ProcessBuilder(line).redirectErrorStream(true);
  }

  /** {@code invito serve --config DIR}, to be started with whatever output redirection suits. */
  public static ProcessBuilder serve(Path config) {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "io.invito.cli.Main",
            "serve",
            "--config",
            config.toString())
        .redirectErrorStream(true);
  }
}
