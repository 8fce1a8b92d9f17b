package io.invito.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What a user sees from one run of {@code invito}: the exit code, standard output and error. */
record CliResult(int code, String out, String err) {
  /** Runs {@code invito ARGS...} in this JVM, through {@link Main}'s error handling. */
  static CliResult invito(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliResult(code, out.toString(), err.toString());
  }
}
