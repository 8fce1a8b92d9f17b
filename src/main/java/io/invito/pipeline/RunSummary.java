package io.invito.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What one pass did, for the CLI to print and the scheduler to log.
 *
 * @param sources one line per source: what was fetched, found, or went wrong
 * @param drafts the draft files written (or already up to date) in this pass
 * @param digestFiles the digest files written
 */
public record RunSummary(
    List<SourceReport> sources,
    int eventsCreated,
    int eventsUpdated,
    int eventsUnchanged,
    int rejected,
    int matches,
    List<Path> drafts,
    List<Path> digestFiles,
    List<String> warnings) {

  public RunSummary {
    sources = List.copyOf(sources);
    drafts = List.copyOf(drafts);
    digestFiles = List.copyOf(digestFiles);
    warnings = List.copyOf(warnings);
  }

  public long failedSources() {
    return sources.stream().filter(SourceReport::failed).count();
  }
}
