package io.invito.draft;

import io.invito.model.Invitation;
import io.invito.output.AtomicFile;
import java.nio.file.Path;

/**
 * Keeps an earlier draft that a new one is about to be written over (same week, same file name):
 * its bytes are copied first to {@code <name>.superseded-<hash>.<ext>} beside it, so the record of
 * what was drafted, and perhaps sent, is never lost. The name comes from the hash of the earlier
 * content, so the store can find the copy from the earlier draft's row alone, also after a run that
 * was killed between writing the file and recording it.
 */
public final class DraftKeeper {
  private static final int HASH_LENGTH = 12;

  private DraftKeeper() {}

  /**
   * Keeps the earlier draft before {@code file} is written: copies it aside (unless already done)
   * when it is {@code file}, and returns where it is kept.
   */
  static Path keep(EarlierDrafts.Found earlier, Path file) {
    if (!earlier.file().equals(file)) {
      return earlier.file(); // in another week's folder, which nothing writes over
    }
    Path copy = copyOf(file, InvitationWriter.sha256(earlier.bytes()));
    AtomicFile.write(copy, earlier.bytes());
    return copy;
  }

  /**
   * Where the writer kept the file of an earlier draft that a new one was written over, relative to
   * the output folder as the draft's path is: {@code invites/2026-W49/marco-rossi/ev1.eml} of hash
   * {@code 3fa9…} is kept as {@code invites/2026-W49/marco-rossi/ev1.superseded-3fa9c1d2e4b5.eml}.
   * (A draft the owner edited after it was written is kept under the hash of the edited bytes.)
   */
  public static Path keptAt(Invitation earlier) {
    return copyOf(earlier.path(), earlier.contentHash());
  }

  private static Path copyOf(Path file, String hash) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    String kept = stem + ".superseded-" + hash.substring(0, Math.min(HASH_LENGTH, hash.length()));
    return file.resolveSibling(kept + extension);
  }
}
