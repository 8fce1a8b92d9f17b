package io.invito.mail;

import io.invito.config.ConfigException;
import io.invito.config.MailSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reads the mailbox secret where the config says it is: an environment variable, or the first line
 * a command prints (as aerc and himalaya run {@code pass show mail}). It is read when needed and
 * kept nowhere.
 */
final class SecretReader {
  private static final long COMMAND_SECONDS = 60;

  private SecretReader() {}

  static String read(MailSettings.Secret secret) {
    return switch (secret.kind()) {
      case PASSWORD_ENV -> {
        String value = System.getenv(secret.value());
        if (value == null || value.isEmpty()) {
          throw new ConfigException(
              "invito.yaml: "
                  + secret.key()
                  + " names the environment variable "
                  + secret.value()
                  + ", which is not set");
        }
        yield value;
      }
      case PASSWORD_COMMAND, TOKEN_COMMAND -> run(secret);
    };
  }

  /** Runs the command through the shell, as mail clients do; its first line is the secret. */
  private static String run(MailSettings.Secret secret) {
    String failure;
    try {
      Process process =
          new ProcessBuilder("/bin/sh", "-c", secret.value())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        failure = "did not finish in " + COMMAND_SECONDS + " s";
      } else if (process.exitValue() != 0) {
        failure = "exited with " + process.exitValue();
      } else {
        String line = new String(out, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        if (!line.isEmpty()) {
          return line;
        }
        failure = "printed nothing";
      }
    } catch (IOException e) {
      failure = "cannot be run: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "was interrupted";
    }
    throw new ConfigException(
        "invito.yaml: " + secret.key() + " '" + secret.value() + "' " + failure);
  }
}
