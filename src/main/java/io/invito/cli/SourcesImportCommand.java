package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import io.invito.config.OpmlReader;
import io.invito.config.Source;
import io.invito.config.SourcesFileWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code invito sources import FILE.opml}: adds the feeds an OPML file lists to sources.yaml. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Add the feeds, calendars and pages an OPML file lists (the export of any feed reader) to",
      "sources.yaml. Folders become tags; sources already present (same URL) are left alone;",
      "outlines with a URL that is not http(s) are skipped and named."
    })
final class SourcesImportCommand implements Callable<Integer> {
  @Mixin ConfigOption configOption;

  @Parameters(paramLabel = "FILE", description = "The OPML file to read.")
  Path file;

  @Option(
      names = "--tag",
      paramLabel = "TAG",
      description = "A tag for every imported source (repeatable).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--dry-run", description = "Show what would be imported; change nothing.")
  boolean dryRun;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Config config = configOption.load();
    OpmlReader.Result opml = OpmlReader.read(file);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    opml.skipped().forEach(message -> err.println("warning: " + message));
    KnownSources known = new KnownSources(config.sources());
    List<Source> added = new ArrayList<>();
    int present = 0;
    for (OpmlReader.Entry entry : opml.entries()) {
      if (!known.claimUrl(entry.url())) {
        present++;
        continue;
      }
      String id = known.proposeId(entry.title(), entry.url());
      Set<String> allTags = new LinkedHashSet<>(entry.tags());
      allTags.addAll(tags);
      added.add(
          Source.of(id, entry.url(), entry.type())
              .withLanguage(entry.language())
              .withZone(entry.zone())
              .withTags(List.copyOf(allTags))
              .withFollow(entry.follow()));
    }
    if (!dryRun && !added.isEmpty()) {
      SourcesFileWriter.append(config.directory(), config.sources(), added);
    }
    out.printf(
        "%s %d sources from %s into %s (%d already present, %d skipped)%n",
        dryRun ? "would import" : "imported",
        added.size(),
        file,
        config.directory().resolve(ConfigLoader.SOURCES_FILE),
        present,
        opml.skipped().size());
    out.flush();
    err.flush();
    return 0;
  }
}
