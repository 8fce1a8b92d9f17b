package io.invito.draft;

import io.invito.model.Week;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the latest earlier draft of the same event, contact and channel under
 * {@code invites/<week>/<contact>/}, in this week's folder or an earlier week's: the draft a new
 * one either repeats (then nothing is written) or supersedes.
 */
final class EarlierDrafts {
  private final Path invites;

  EarlierDrafts(Path outputDir) {
    this.invites = outputDir.resolve("invites");
  }

  /** A draft file that exists, the week of the folder it is in, and what it holds. */
  record Found(Path file, Week week, byte[] bytes) {}

  /**
   * The draft {@code <contact>/<fileName>} of the latest week up to and including {@code week};
   * folders whose names are not ISO weeks are ignored.
   */
  Optional<Found> latest(String contactFolder, String fileName, Week week) {
    if (!Files.isDirectory(invites)) {
      return Optional.empty();
    }
    TreeMap<Week, Path> weeks = new TreeMap<>(Comparator.reverseOrder());
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(invites, Files::isDirectory)) {
      for (Path folder : folders) {
        parse(folder.getFileName().toString())
            .filter(found -> found.compareTo(week) <= 0)
            .ifPresent(found -> weeks.put(found, folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + invites + ": " + e.getMessage(), e);
    }
    for (Map.Entry<Week, Path> entry : weeks.entrySet()) {
      Path file = entry.getValue().resolve(contactFolder).resolve(fileName);
      if (Files.isRegularFile(file)) {
        return Optional.of(new Found(file, entry.getKey(), read(file)));
      }
    }
    return Optional.empty();
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the earlier draft " + file + ": "
          + e.getMessage(), e);
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
