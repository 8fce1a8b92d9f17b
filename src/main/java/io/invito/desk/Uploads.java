package io.invito.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Files the owner uploaded to import, kept between the preview and the confirmation in a folder of
 * the desk's own (each in a folder named by a random id, under the name it was sent with, which the
 * import's report quotes), so the confirmation imports the very bytes the preview read. An upload
 * is a list of people: one whose preview was never confirmed is removed after {@link #KEPT}, and
 * all of them when the desk stops.
 */
final class Uploads implements AutoCloseable {
  /** How long a preview waits for its confirmation before its file is removed. */
  static final Duration KEPT = Duration.ofHours(1);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  // Made at the first upload (owner-only, as Files.createTempDirectory makes it on POSIX): a desk
  // that imports nothing leaves nothing behind.
  private Path root;

  private synchronized Path root() {
    if (root == null) {
      try {
        root = Files.createTempDirectory("invito-desk-uploads");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a folder for uploads", e);
      }
    }
    return root;
  }

  /** Keeps an upload; returns its id. Uploads older than {@link #KEPT} are removed first. */
  String keep(String fileName, InputStream content) {
    forgetOlderThan(Instant.now().minus(KEPT));
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    String key = HEX.formatHex(id);
    try {
      Path folder = Files.createDirectory(root().resolve(key));
      Files.copy(content, folder.resolve(safeName(fileName)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the uploaded file", e);
    }
    return key;
  }

  /** The file kept under {@code id}, when there is one (an id is only ever hex). */
  Optional<Path> find(String id) {
    if (id == null || !id.matches("[0-9a-f]{32}")) {
      return Optional.empty();
    }
    try (var files = Files.list(root().resolve(id))) {
      return files.findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Removes an upload once it was imported. */
  void forget(String id) {
    find(id)
        .ifPresent(
            file -> {
              try {
                Files.delete(file);
                Files.delete(file.getParent());
              } catch (IOException e) {
                // Left in the temporary folder; nothing reads it again.
              }
            });
  }

  /** Removes the uploads kept before {@code cutoff}: previews nobody confirmed. */
  void forgetOlderThan(Instant cutoff) {
    try (var folders = Files.list(root())) {
      for (Path folder : folders.toList()) {
        if (Files.getLastModifiedTime(folder).toInstant().isBefore(cutoff)) {
          forget(folder.getFileName().toString());
        }
      }
    } catch (IOException e) {
      // Tried again at the next upload.
    }
  }

  /** Removes every upload and the folder: the desk stops, no preview can be confirmed now. */
  @Override
  public synchronized void close() {
    if (root == null) {
      return;
    }
    forgetOlderThan(Instant.MAX);
    try {
      Files.deleteIfExists(root);
    } catch (IOException e) {
      // Not empty (a file put there by someone else): left as it is.
    }
    root = null;
  }

  /**
   * A fingerprint of a file as it is now (SHA-256; "none" when it is not there), to tell whether it
   * changed between the preview and the confirmation.
   */
  static String fingerprint(Path file) {
    if (!Files.isRegularFile(file)) {
      return "none";
    }
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The name without any folder part, and something when the browser sent none. */
  static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "upload" : name;
  }
}
