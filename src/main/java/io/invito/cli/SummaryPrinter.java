package io.invito.cli;

import io.invito.pipeline.RunSummary;
import io.invito.pipeline.SourceReport;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints what a pass did: per source, the events, and where the drafts and digest are. */
final class SummaryPrinter {
  private final PrintWriter out;
  private final Path outputDir;

  SummaryPrinter(PrintWriter out, Path outputDir) {
    this.out = out;
    this.outputDir = outputDir;
  }

  void print(RunSummary summary) {
    out.println("Sources:");
    for (SourceReport report : summary.sources()) {
      out.printf(
          "  %-28s %-13s %3d events %3d not events%s%n",
          report.sourceId(),
          report.outcome(),
          report.events(),
          report.rejected(),
          report
              .error()
              .map(error -> "  error: " + error)
              .or(() -> report.whyNoEvent().map(why -> "  why: " + why))
              .orElse(""));
    }
    out.printf(
        "Events: %d new, %d updated, %d unchanged; %d items were not events.%n",
        summary.eventsCreated(),
        summary.eventsUpdated(),
        summary.eventsUnchanged(),
        summary.rejected());
    if (summary.failedSources() > 0) {
      out.printf("%d source(s) failed; the others went through.%n", summary.failedSources());
    }
    summary.warnings().forEach(warning -> out.println("warning: " + warning));
    out.printf("Matches: %d; drafts:%n", summary.matches());
    summary.drafts().forEach(path -> out.println("  " + show(path)));
    out.println("Digest:");
    summary.digestFiles().forEach(path -> out.println("  " + show(path)));
    out.flush();
  }

  private String show(Path path) {
    return outputDir.resolve(path).toAbsolutePath().normalize().toString();
  }
}
