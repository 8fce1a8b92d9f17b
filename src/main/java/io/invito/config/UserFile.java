package io.invito.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * One of the user's files in {@code config/} ({@code sources.yaml}, {@code contacts.csv}, {@code
 * invito.yaml}), read whole so that a change can be written back as an edit of the user's own text.
 * This is the only way invito writes a config file, so every command keeps what the user made of
 * it: the text around the edit, line ends and byte order mark (the editors work on the text as it
 * is), the file's mode and group, a symbolic link (the link's target is written, the link stays),
 * and a {@code NAME.bak} beside it with the version before the change.
 *
 * <p>The new text goes to a temp file beside the target and is renamed over it, so a crash leaves
 * the old file or the new one. A file with other hard links is written in place instead (a rename
 * would cut it off from them); its {@code .bak} is then the way back.
 */
public final class UserFile {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private final Path path;
  private final Path target;
  private final Optional<byte[]> original;
  private final boolean bom;
  private final String text;

  private UserFile(Path path, Path target, Optional<byte[]> original, boolean bom, String text) {
    this.path = path;
    this.target = target;
    this.original = original;
    this.bom = bom;
    this.text = text;
  }

  /**
   * Reads the file; one that does not exist yet reads as empty text.
   *
   * @throws ConfigException when it cannot be read or is not UTF-8 (writing it back as UTF-8 would
   *     change every character the user's editor wrote in another encoding)
   */
  public static UserFile read(Path path) {
    try {
      Path target = target(path);
      if (!Files.exists(target)) {
        return new UserFile(path, target, Optional.empty(), false, "");
      }
      byte[] bytes = Files.readAllBytes(target);
      boolean bom = bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
      int start = bom ? 3 : 0;
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
      return new UserFile(path, target, Optional.of(bytes), bom, text);
    } catch (CharacterCodingException notUtf8) {
      throw new ConfigException(
          name(path) + ": is not UTF-8 text, so invito does not edit it; save it as UTF-8 first",
          notUtf8);
    } catch (IOException e) {
      throw new ConfigException(name(path) + ": cannot be read: " + e.getMessage(), e);
    }
  }

  public boolean exists() {
    return original.isPresent();
  }

  /** The text, without a byte order mark, with the line ends the file has. */
  public String text() {
    return text;
  }

  /** The line end the file uses (its first one), for lines an edit adds. */
  public String lineEnd() {
    int end = text.indexOf('\n');
    return end > 0 && text.charAt(end - 1) == '\r' ? "\r\n" : "\n";
  }

  public String fileName() {
    return name(path);
  }

  /**
   * Writes the edited text back, keeping the byte order mark, mode, group and link, after saving
   * the previous version as {@code NAME.bak}. Nothing is written when the text is unchanged.
   *
   * @throws ConfigException when the file changed on disk since it was read (someone's editor saved
   *     it meanwhile: their change must not be lost), or cannot be written
   */
  public void write(String edited) {
    if (exists() && edited.equals(text)) {
      return;
    }
    byte[] body = edited.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = body;
    if (bom) {
      bytes = Arrays.copyOf(BOM, BOM.length + body.length);
      System.arraycopy(body, 0, bytes, BOM.length, body.length);
    }
    try {
      if (original.isPresent()) {
        byte[] now = Files.readAllBytes(target);
        if (!Arrays.equals(now, original.get())) {
          throw new ConfigException(
              fileName()
                  + ": changed on disk while invito was editing it; nothing was written,"
                  + " run the command again");
        }
        Path backup = path.resolveSibling(fileName() + ".bak");
        replace(backup, original.get(), target); // as private as the file it copies
      }
      if (original.isPresent() && hardLinks(target) > 1) {
        overwrite(target, bytes);
      } else {
        replace(target, bytes, target);
      }
    } catch (IOException e) {
      throw new ConfigException(
          fileName() + ": cannot be written (" + target + "): " + e.getMessage(), e);
    }
  }

  /**
   * Where the bytes of a path live: the path itself, or the end of its chain of symbolic links
   * (also when that end does not exist yet, so a new file is made where the link points).
   */
  static Path target(Path path) throws IOException {
    Path current = path.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == 40) {
        throw new IOException("too many symbolic links from " + path);
      }
      current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
    }
    return current;
  }

  /** A temp file beside the file, with the mode and group of the file it replaces, renamed over. */
  private void replace(Path file, byte[] bytes, Path modeFrom) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Optional<Set<PosixFilePermission>> mode = mode(modeFrom);
    FileAttribute<?>[] attributes =
        mode.isPresent()
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode.get())}
            : new FileAttribute<?>[0];
    Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp", attributes);
    try {
      if (mode.isPresent()) {
        Files.setPosixFilePermissions(temp, mode.get()); // the umask narrowed the attribute
        keepGroup(modeFrom, temp);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        write(channel, bytes);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void overwrite(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      write(channel, bytes);
    }
  }

  private static void write(FileChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(true);
  }

  private static Optional<Set<PosixFilePermission>> mode(Path file) {
    if (!POSIX || !Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.getPosixFilePermissions(file));
    } catch (IOException e) {
      return Optional.empty(); // unreadable attributes: the new file gets the default mode
    }
  }

  private static void keepGroup(Path from, Path temp) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    PosixFileAttributeView view =
        Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    GroupPrincipal group =
        Files.readAttributes(from, java.nio.file.attribute.PosixFileAttributes.class).group();
    if (!group.equals(view.readAttributes().group())) {
      try {
        view.setGroup(group);
      } catch (IOException notAMember) {
        LoggerFactory.getLogger(UserFile.class)
            .warn("{}: cannot keep its group {}: {}", from, group, notAMember.getMessage());
      }
    }
  }

  private static int hardLinks(Path file) {
    try {
      return (Integer) Files.getAttribute(file, "unix:nlink");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException noUnix) {
      return 1; // no such attribute on this system: a rename is the safe write
    }
  }

  private static String name(Path path) {
    return String.valueOf(path.getFileName());
  }
}
