package io.invito.testing;

import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a config folder as a user keeps one, for a test that runs the real configuration loader:
 * {@code invito.yaml}, {@code sources.yaml}, {@code contacts.csv} and the shipped templates.
 *
 * <p>By default the owner is Giulia Bianchi, writing in Italian from Rome; the store is the H2 file
 * {@code data/invito} and the output {@code out} inside the folder; there are no sources and no
 * contacts. A test adds only what it is about: the sources of its loopback site, its contacts, a
 * fetch or schedules section. Writing again rewrites the three files and keeps the templates a test
 * changed.
 */
public final class ConfigFolder {
  /** The columns of {@code contacts.csv}, the first line of every contacts file written here. */
  public static final String CONTACTS_HEADER =
      "id,first_name,last_name,email,interests,languages,time_zone,formality,channel";

  /** Marco Rossi, in Rome, addressed with "tu", interested in "sicurezza informatica". */
  public static final String MARCO =
      "marco-rossi,Marco,Rossi,marco@example.it,sicurezza informatica,it,Europe/Rome,tu,email";

  /** Anna Smith, in London, written to in English, interested in "digital marketing". */
  public static final String ANNA =
      "anna-smith,Anna,Smith,anna@example.co.uk,digital marketing,en,Europe/London,informal,email";

  private static final String OWNER =
      """
      owner:
        name: Giulia Bianchi
        email: giulia@example.it
        signature: Giulia
        language: it
        timeZone: Europe/Rome
      """;

  private final Path dir;
  private String store = "  path: data/invito";
  private final List<String> sections = new ArrayList<>();
  private String sources = "";
  private List<String> contacts = List.of();

  private ConfigFolder(Path dir) {
    this.dir = dir;
  }

  /** A folder at {@code dir}, created on {@link #write} if missing. */
  public static ConfigFolder at(Path dir) {
    return new ConfigFolder(dir);
  }

  /** The lines under {@code store:}, indented by two spaces: {@code " url: jdbc:..."}. */
  public ConfigFolder store(String lines) {
    store = lines.stripTrailing();
    return this;
  }

  /**
   * A {@code fetch:} section that allows fetching from 127.0.0.1, where a test's site runs, with
   * these further settings, such as {@code "requestTimeout: 1s"}.
   */
  public ConfigFolder fetchFromLoopback(String... settings) {
    StringBuilder section = new StringBuilder("fetch:\n  allowedHosts: [127.0.0.1]\n");
    for (String setting : settings) {
      section.append("  ").append(setting).append('\n');
    }
    return section(section.toString());
  }

  /** A top-level section of {@code invito.yaml} as written, such as {@code "matching:\n ..."}. */
  public ConfigFolder section(String yaml) {
    sections.add(yaml.endsWith("\n") ? yaml : yaml + "\n");
    return this;
  }

  /** The entries under {@code sources:}, each {@code " - id: ..."} indented by two spaces. */
  public ConfigFolder sources(String entries) {
    sources = entries;
    return this;
  }

  /** The rows of {@code contacts.csv} below {@link #CONTACTS_HEADER}, such as {@link #MARCO}. */
  public ConfigFolder contacts(String... rows) {
    contacts = List.of(rows);
    return this;
  }

  /** Writes the folder and returns it. */
  public Path write() throws IOException {
    Files.createDirectories(dir);
    // The output inside the folder, as the store is: a test's files stay in its own temporary
    // folder rather than beside it (invito's default), unless the test names another.
    String output =
        sections.stream().anyMatch(section -> section.startsWith("output:")) ? "" : "output: out\n";
    Files.writeString(
        dir.resolve("invito.yaml"),
        OWNER + "store:\n" + store + "\n" + output + String.join("", sections));
    Files.writeString(
        dir.resolve("sources.yaml"), sources.isBlank() ? "sources: []\n" : "sources:\n" + sources);
    StringBuilder csv = new StringBuilder(CONTACTS_HEADER).append('\n');
    contacts.forEach(row -> csv.append(row).append('\n'));
    Files.writeString(dir.resolve("contacts.csv"), csv);
    TestFiles.copyTree(Path.of("config/templates"), dir.resolve("templates"));
    return dir;
  }

  /** Writes the folder and loads it as the application does. */
  public Config load() throws IOException {
    return ConfigLoader.load(write());
  }
}
