package io.invito.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Where the store and the output go when {@code invito.yaml} does not say: {@code data/} and {@code
 * out/} beside the config folder, never inside it, so the folder the owner edits (and may keep in
 * git or a synced drive) holds only what they wrote. A path the file gives is read relative to the
 * config folder, as it always was.
 *
 * <p>Earlier versions put both inside the config folder. A store or output already there is kept in
 * use, and the owner is told, because a store holds what cannot be made again (which drafts were
 * sent, which events were seen): moving it is the owner's decision, never a side effect of an
 * upgrade.
 */
final class DataFolders {
  /** The H2 store's file name without {@code .mv.db}, as H2 takes it. */
  static final String STORE = "data/invito";

  static final String OUTPUT = "out";

  /** A folder or file and, when an earlier version's place was kept, a line that says so. */
  record Place(Path path, Optional<String> notice) {}

  private DataFolders() {}

  /**
   * The H2 store: {@code store.path}, else the earlier store inside the config folder, else beside.
   */
  static Place store(YamlNode path, Path configDir) {
    if (path.findText().isPresent()) {
      return new Place(configDir.resolve(path.requireText()).normalize(), Optional.empty());
    }
    Path inside = configDir.resolve(STORE);
    if (Files.exists(configDir.resolve(STORE + ".mv.db"))) {
      return kept(
          inside,
          "the store "
              + inside
              + ".mv.db is inside the config folder, where earlier versions put it; it stays in"
              + " use. To keep it beside the config folder, stop invito and move "
              + configDir.resolve("data")
              + " to "
              + beside(configDir).resolve("data")
              + "; to keep it where it is, write store.path: "
              + STORE);
    }
    return new Place(beside(configDir).resolve(STORE), Optional.empty());
  }

  /** The output: {@code output}, else the earlier output inside the config folder, else beside. */
  static Place output(YamlNode output, Path configDir) {
    if (output.findText().isPresent()) {
      return new Place(configDir.resolve(output.requireText()).normalize(), Optional.empty());
    }
    Path inside = configDir.resolve(OUTPUT);
    if (Files.isDirectory(inside)) {
      return kept(
          inside,
          "the output folder "
              + inside
              + " is inside the config folder, where earlier versions put it; it stays in use."
              + " Move it to "
              + beside(configDir).resolve(OUTPUT)
              + ", or write output: "
              + OUTPUT
              + " to keep it where it is");
    }
    return new Place(beside(configDir).resolve(OUTPUT), Optional.empty());
  }

  private static Place kept(Path inside, String why) {
    String notice = "invito.yaml: " + why + ".";
    LoggerFactory.getLogger(DataFolders.class).warn(notice);
    return new Place(inside, Optional.of(notice));
  }

  /** The folder that holds the config folder (the config folder itself at the root). */
  private static Path beside(Path configDir) {
    Path parent = configDir.getParent();
    return parent == null ? configDir : parent;
  }
}
