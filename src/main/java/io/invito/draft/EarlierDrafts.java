package io.invito.draft;

import io.invito.model.Week;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * Finds the latest earlier draft of the same event, contact and channel under {@code
 * invites/<week>/<contact>/}, in any week's folder: the draft a new one either repeats (then
 * nothing is written) or supersedes. Any week, because the folder may be the week of the run or the
 * week of the event, and a rescheduled event can move to an earlier week.
 */
final class EarlierDrafts {
  private final Path invites;

  EarlierDrafts(Path outputDir) {
    this.invites = outputDir.resolve("invites");
  }

  /** A draft file that exists, the week of the folder it is in, and what it holds. */
  record Found(Path file, Week week, byte[] bytes) {}

  /**
   * The draft {@code <contact>/<fileName>} in {@code week}'s folder when there is one; else, of the
   * other weeks' folders that hold it, the one written last (the later week on a tie). Folders
   * whose names are not ISO weeks are ignored.
   */
  Optional<Found> latest(String contactFolder, String fileName, Week week) {
    if (!Files.isDirectory(invites)) {
      return Optional.empty();
    }
    Optional<Found> latest = Optional.empty();
    FileTime latestTime = null;
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(invites, Files::isDirectory)) {
      for (Path folder : folders) {
        Optional<Week> folderWeek = parse(folder.getFileName().toString());
        Path file = folder.resolve(contactFolder).resolve(fileName);
        if (folderWeek.isEmpty() || !Files.isRegularFile(file)) {
          continue;
        }
        if (folderWeek.get().equals(week)) {
          return Optional.of(new Found(file, week, read(file)));
        }
        FileTime time = Files.getLastModifiedTime(file);
        int order = latestTime == null ? 1 : time.compareTo(latestTime);
        if (order > 0 || order == 0 && folderWeek.get().compareTo(latest.get().week()) > 0) {
          latest = Optional.of(new Found(file, folderWeek.get(), new byte[0]));
          latestTime = time;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot look for earlier drafts in " + invites + ": " + e.getMessage(), e);
    }
    return latest.map(found -> new Found(found.file(), found.week(), read(found.file())));
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the earlier draft " + file + ": " + e.getMessage(), e);
    }
  }

  private static Optional<Week> parse(String name) {
    try {
      return Optional.of(Week.parse(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a folder the owner made, not one of ours: not a week of drafts
    }
  }
}
