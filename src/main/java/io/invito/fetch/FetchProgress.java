package io.invito.fetch;

import io.invito.model.FetchResult.Outcome;
import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a fetch pass has got: a progress bar on standard error when a person watches a
 * terminal, otherwise a log line at every tenth of the way and a summary, so that cron mail and CI
 * logs are not filled with redrawn bars. Safe to call from many fetching threads.
 */
public final class FetchProgress implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FetchProgress.class);

  private final PrintStream terminal; // null: plain lines
  private final Consumer<String> lines;
  private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
  private ProgressBar bar;
  private int total;
  private int done;
  private long started;

  FetchProgress(PrintStream terminal, Consumer<String> lines) {
    this.terminal = terminal;
    this.lines = lines;
  }

  /** A bar on standard error when there is a console, log lines otherwise. */
  public static FetchProgress create() {
    return new FetchProgress(System.console() != null ? System.err : null, LOG::info);
  }

  /** Plain log lines only, for callers that know no one watches (the scheduler). */
  public static FetchProgress quiet() {
    return new FetchProgress(null, LOG::info);
  }

  /** Begins a pass over this many sources. */
  public synchronized void start(int sources) {
    total = sources;
    done = 0;
    counts.clear();
    started = System.nanoTime();
    if (terminal != null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Fetching")
              .setInitialMax(sources)
              .setStyle(ProgressBarStyle.ASCII) // Unicode blocks come out as '?' on some consoles
              .setUpdateIntervalMillis(250)
              .setConsumer(new ConsoleProgressBarConsumer(terminal, 100))
              .build();
    } else {
      lines.accept("fetching " + sources + " sources");
    }
  }

  /** One source is done, with this outcome. */
  public synchronized void step(String sourceId, Outcome outcome) {
    done++;
    counts.merge(outcome, 1, Integer::sum);
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(sourceId);
    } else if (total > 0 && done < total && tenth(done) > tenth(done - 1)) {
      lines.accept(
          String.format(
              Locale.ROOT,
              "fetched %d/%d sources (%d%%), %d failed",
              done,
              total,
              done * 100 / total,
              counts.getOrDefault(Outcome.FAILED, 0)));
    }
  }

  private int tenth(int count) {
    return count * 10 / total;
  }

  /** Ends the pass: the bar is completed and removed; a summary line is written either way. */
  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.setExtraMessage("");
      bar.close();
      bar = null;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    lines.accept(
        String.format(
            Locale.ROOT,
            "fetched %d of %d sources in %.1f s: %d changed, %d not modified, %d failed",
            done,
            total,
            took.toMillis() / 1000.0,
            counts.getOrDefault(Outcome.OK, 0),
            counts.getOrDefault(Outcome.NOT_MODIFIED, 0),
            counts.getOrDefault(Outcome.FAILED, 0)));
  }
}
