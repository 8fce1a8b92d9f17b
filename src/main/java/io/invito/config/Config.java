package io.invito.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from a config folder: {@code invito.yaml}, {@code sources.yaml}, and where the
 * contacts and templates are.
 *
 * @param storeUrl a JDBC URL: H2 by default, PostgreSQL for a shared store
 * @param cluster whether {@code invito serve} shares its schedule with other machines on the same
 *     (PostgreSQL) store
 * @param outputDir where digests and invitation drafts are written
 * @param keep what the owner keeps of the events found: attendance, kinds, keywords
 * @param mail the owner's mailbox, where drafts are put and sent mail is seen; empty without one
 * @param desk where the review desk listens
 */
public record Config(
    Path directory,
    Owner owner,
    String storeUrl,
    Path outputDir,
    Schedules schedules,
    FetchSettings fetch,
    MatchSettings matching,
    List<Source> sources,
    Path contactsFile,
    Path templatesDir,
    boolean cluster,
    KeepRules keep,
    CallSettings calls,
    Optional<MailSettings> mail,
    DeskSettings desk) {

  public Config {
    sources = List.copyOf(sources);
  }

  /** The sources run and serve fetch: all but those the user paused with {@code enabled: false}. */
  public List<Source> enabledSources() {
    return sources.stream().filter(Source::enabled).toList();
  }

  public Optional<Source> findSource(String id) {
    return sources.stream().filter(source -> source.id().equals(id)).findFirst();
  }

  /** The same config with another store, output folder or fetch settings (demo and tests). */
  public Config with(String storeUrl, Path outputDir, FetchSettings fetch) {
    return new Config(
        directory,
        owner,
        storeUrl,
        outputDir,
        schedules,
        fetch,
        matching,
        sources,
        contactsFile,
        templatesDir,
        cluster,
        keep,
        calls,
        mail,
        desk);
  }

  /** The same config with the desk elsewhere (tests and {@code invito desk --port}). */
  public Config withDesk(DeskSettings desk) {
    return new Config(
        directory,
        owner,
        storeUrl,
        outputDir,
        schedules,
        fetch,
        matching,
        sources,
        contactsFile,
        templatesDir,
        cluster,
        keep,
        calls,
        mail,
        desk);
  }

  public Config withSources(List<Source> sources) {
    return new Config(
        directory,
        owner,
        storeUrl,
        outputDir,
        schedules,
        fetch,
        matching,
        sources,
        contactsFile,
        templatesDir,
        cluster,
        keep,
        calls,
        mail,
        desk);
  }
}
