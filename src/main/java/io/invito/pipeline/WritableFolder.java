package io.invito.pipeline;

import io.invito.config.ConfigException;
import io.invito.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks, before any work, that a folder the configuration names can be created and written: an
 * output or store folder that cannot is a mistake in invito.yaml (exit 2, one line), not sixty
 * lines of H2 trace halfway through a run.
 */
final class WritableFolder {
  private WritableFolder() {}

  /**
   * Creates the folder if needed and writes and deletes a probe file in it. Permission bits alone
   * do not tell: root ignores them, and a read-only mount or a full disk shows only on writing.
   *
   * @param key the invito.yaml key that names it, such as {@code output}
   */
  static void require(Path folder, String key) {
    try {
      Files.createDirectories(folder);
      Path probe = Files.createTempFile(folder, ".invito-probe-", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new ConfigException(
          "%s: %s folder '%s' cannot be written: %s"
              .formatted(ConfigLoader.MAIN_FILE, key, folder, reason(e)));
    }
  }

  /** The folder an embedded H2 file store lives in; empty for PostgreSQL or an in-memory H2. */
  static Optional<Path> ofStore(String storeUrl) {
    String prefix = "jdbc:h2:file:";
    if (!storeUrl.startsWith(prefix)) {
      return Optional.empty();
    }
    int end = storeUrl.indexOf(';');
    String file = storeUrl.substring(prefix.length(), end < 0 ? storeUrl.length() : end);
    return Optional.ofNullable(Path.of(file).toAbsolutePath().getParent());
  }

  /** What the file system said, without the stack: "Not a directory", "Permission denied". */
  private static String reason(Exception e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
      return exists.getFile() + " is a file, not a folder";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
