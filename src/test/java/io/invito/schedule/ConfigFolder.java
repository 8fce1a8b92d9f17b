package io.invito.schedule;

import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Writes a config folder for a test: owner, store, schedules, sources, contacts, templates. */
final class ConfigFolder {
  private ConfigFolder() {}

  /**
   * @param store the lines under {@code store:}, indented by two spaces
   * @param sources the lines under {@code sources:}, indented by two spaces
   */
  static Path write(
      Path dir, String store, String fetchCron, String draftCron, String digestCron, String sources)
      throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("invito.yaml"),
        """
        owner:
          name: Giulia Bianchi
          email: giulia@example.it
          signature: Giulia
          language: it
          timeZone: Europe/Rome
        store:
        %s
        schedules:
          fetch: "%s"
          matchAndDraft: "%s"
          digest: "%s"
        fetch:
          allowedHosts: [127.0.0.1]
          requestTimeout: 60s
        matching:
          minLeadTime: 1h
        """
            .formatted(store.stripTrailing(), fetchCron, draftCron, digestCron));
    Files.writeString(dir.resolve("sources.yaml"), "sources:\n" + sources);
    Files.writeString(
        dir.resolve("contacts.csv"),
        """
        id,first_name,last_name,email,interests,languages,time_zone,formality,channel
        marco-rossi,Marco,Rossi,marco@example.it,sicurezza informatica,it,Europe/Rome,tu,email
        anna-smith,Anna,Smith,anna@example.co.uk,digital marketing,en,Europe/London,informal,email
        """);
    copyTree(Path.of("config/templates"), dir.resolve("templates"));
    return dir;
  }

  static Config load(Path dir) {
    return ConfigLoader.load(dir);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else if (!Files.exists(target)) {
          Files.copy(path, target);
        }
      }
    }
  }
}
