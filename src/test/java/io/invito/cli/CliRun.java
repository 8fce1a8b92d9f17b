package io.invito.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in this JVM, as {@link Main} runs it for a user, with its exit code
 * and what it printed on standard output and standard error.
 */
record CliRun(int code, String out, String err) {

  /** Runs {@code invito} with these arguments. */
  static CliRun invito(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
