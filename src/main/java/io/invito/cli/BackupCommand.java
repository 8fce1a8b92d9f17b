package io.invito.cli;

import io.invito.config.Config;
import io.invito.store.StoreFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code invito backup}: one zip with the config folder and the embedded store, readable by the
 * owner only (it holds the contacts). The store is copied as a closed file while this process owns
 * it, so the copy is consistent; a store another invito has open is refused, naming that process.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = "Copy the config folder and the store into one zip file.")
final class BackupCommand implements Callable<Integer> {
  static final String CONFIG = "config/";
  static final String STORE = "store/";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Mixin ConfigOption config;

  @Option(
      names = "--to",
      paramLabel = "FILE",
      description = "The zip to write (default: invito-backup-<time>.zip here).")
  Path target;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Config loaded = config.load();
    Path zip =
        target != null ? target : Path.of("invito-backup-" + STAMP.format(Instant.now()) + ".zip");
    StoreFile store = StoreFile.of(loaded.storeUrl());
    Path folder = zip.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
      Path temp =
          Files.createTempFile(
              folder,
              "." + zip.getFileName() + ".",
              ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try {
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE);
            ZipOutputStream entries = new ZipOutputStream(out)) {
          for (Path file : configFiles(loaded, store)) {
            String name =
                loaded.directory().toAbsolutePath().normalize().relativize(file).toString();
            entries.putNextEntry(new ZipEntry(CONFIG + name));
            Files.copy(file, entries);
            entries.closeEntry();
          }
          if (store.exists()) {
            entries.putNextEntry(new ZipEntry(STORE + store.fileName()));
            store.copyTo(entries);
            entries.closeEntry();
          }
        }
        Files.move(temp, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup " + zip + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(zip.toAbsolutePath());
    out.flush();
    return 0;
  }

  /**
   * The user's files: everything in the config folder but what invito writes there itself: the
   * store and its copies when they are inside (as earlier versions kept them in {@code
   * config/data/}), the output folder when it is inside, the {@code .bak} copies and temp files.
   */
  static List<Path> configFiles(Config loaded, StoreFile store) throws IOException {
    Path directory = loaded.directory().toAbsolutePath().normalize();
    Path database = store.database().toAbsolutePath().normalize();
    Path storeFolder = database.getParent();
    String storeName = database.getFileName().toString().replaceFirst("\\.mv\\.db$", "") + ".";
    Path output = loaded.outputDir().toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> file.toAbsolutePath().normalize())
          .filter(file -> !file.startsWith(output))
          .filter(file -> storeFolder.equals(directory) || !file.startsWith(storeFolder))
          .filter(
              file -> {
                String name = file.getFileName().toString();
                boolean ofTheStore =
                    file.getParent().equals(storeFolder) && name.startsWith(storeName);
                return !ofTheStore
                    && !name.endsWith(".bak")
                    && !(name.startsWith(".") && name.endsWith(".tmp"));
              })
          .sorted()
          .toList();
    }
  }
}
