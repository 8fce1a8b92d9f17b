package io.invito.cli;

import io.invito.config.ConfigException;
import io.invito.config.ConfigLoader;
import io.invito.config.UserFile;
import io.invito.store.Store;
import io.invito.store.StoreFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code invito restore FILE.zip}: puts a backup's config files and store back. Nothing is lost: a
 * config file it replaces is kept as {@code NAME.bak} (written as every config edit is, keeping the
 * file's mode and link), the store it replaces as {@code NAME.before-restore-<time>.mv.db}.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = "Put the config folder and the store of a backup zip back.")
final class RestoreCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Parameters(paramLabel = "FILE", description = "A zip written by invito backup.")
  Path backup;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      List<ZipEntry> configEntries = new ArrayList<>();
      ZipEntry storeEntry = null;
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        String name = entry.getName();
        if (name.startsWith(BackupCommand.CONFIG) && safe(name)) {
          configEntries.add(entry);
        } else if (name.startsWith(BackupCommand.STORE) && safe(name) && storeEntry == null) {
          storeEntry = entry;
        } else if (!entry.isDirectory()) {
          throw new ConfigException(backup + ": '" + name + "' is not part of an invito backup");
        }
      }
      if (configEntries.stream().noneMatch(e -> e.getName().equals("config/invito.yaml"))) {
        throw new ConfigException(
            backup + ": holds no config/invito.yaml; is it an invito backup?");
      }
      if (storeEntry != null) {
        currentStore().ifPresent(StoreFile::requireFree); // refused before anything is changed
      }
      for (ZipEntry entry : configEntries) {
        Path file =
            config.directory.resolve(entry.getName().substring(BackupCommand.CONFIG.length()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        UserFile current = UserFile.read(file);
        try (InputStream in = zip.getInputStream(entry)) {
          current.write(
              new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
        }
        out.println("restored " + file);
      }
      if (storeEntry != null) {
        String url = ConfigLoader.load(config.directory).storeUrl();
        StoreFile store = StoreFile.of(url);
        Optional<Path> kept;
        try (InputStream in = zip.getInputStream(storeEntry)) {
          kept = store.restoreFrom(in, Instant.now());
        }
        kept.ifPresent(path -> out.println("kept the replaced store as " + path));
        try (Store opened = Store.open(url)) {
          out.println("restored the store " + store.fileName() + "; it opens");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore from " + backup + ": " + e.getMessage(), e);
    }
    out.flush();
    return 0;
  }

  /** The store the config folder names now; empty when it has no config that loads yet. */
  private Optional<StoreFile> currentStore() {
    if (!Files.exists(config.directory.resolve(ConfigLoader.MAIN_FILE))) {
      return Optional.empty();
    }
    try {
      return Optional.of(StoreFile.of(ConfigLoader.load(config.directory).storeUrl()));
    } catch (ConfigException broken) {
      // A broken config is what a restore mends; the restored one names the store instead.
      return Optional.empty();
    }
  }

  /** A name that stays inside its folder: no absolute path, no "..". */
  private static boolean safe(String name) {
    Path path = Path.of(name).normalize();
    return !path.isAbsolute()
        && !path.startsWith("..")
        && path.getNameCount() >= 2
        && !name.endsWith("/");
  }
}
