package io.invito.cli;

import io.invito.config.ConfigException;
import io.invito.model.RawEvent;
import io.invito.parse.EventJson;
import io.invito.parse.Extraction;
import io.invito.parse.Extractor;
import io.invito.parse.ParseInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code invito extract}: the events in files or folders, as JSON Lines. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Read feeds, calendars and pages from files or folders (format detected from the content)",
      "and print one JSON object per event per line. Problems go to standard error."
    })
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "Time zone of times written without one (IANA id, e.g. Europe/Rome).")
  String zone;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "URL the files came from, to resolve relative links.")
  URI baseUrl;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Optional<ZoneId> sourceZone = Optional.ofNullable(zone).map(ExtractCommand::zone);
    List<Path> files = files();
    Extractor extractor = new Extractor();
    PrintWriter out = spec.commandLine().getOut();
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      files.forEach(file -> extract(extractor, file, sourceZone).forEach(out::println));
      out.flush();
      return 0;
    }
    // Files are read on all cores, a few per core ahead of the output, which keeps the files'
    // sorted order so that runs compare; each file's lines are printed as soon as those of the
    // files before it are, so a large folder is never held in memory whole.
    ExecutorService pool = Executors.newFixedThreadPool(threads, ExtractCommand::reader);
    try {
      Deque<Future<List<String>>> pending = new ArrayDeque<>();
      Iterator<Path> next = files.iterator();
      while (next.hasNext() || !pending.isEmpty()) {
        while (next.hasNext() && pending.size() < AHEAD_PER_THREAD * threads) {
          Path file = next.next();
          pending.add(pool.submit(() -> extract(extractor, file, sourceZone)));
        }
        lines(pending.remove()).forEach(out::println);
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return 0;
  }

  /** From how many events a file's lines are written in parallel. */
  private static final int PARALLEL_LINES = 1_000;

  /** How many files each reading thread may have read, or be reading, ahead of the output. */
  private static final int AHEAD_PER_THREAD = 4;

  private static Thread reader(Runnable work) {
    Thread thread = new Thread(work, "extract");
    thread.setDaemon(true);
    return thread;
  }

  private static List<String> lines(Future<List<String>> file) {
    try {
      return file.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while reading files");
    } catch (ExecutionException e) {
      // A reader's own failure (extract describes every input's), as if read on this thread.
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private List<String> extract(Extractor extractor, Path file, Optional<ZoneId> sourceZone) {
    List<String> lines = new ArrayList<>();
    try {
      URI base = baseUrl != null ? baseUrl : file.toAbsolutePath().toUri();
      Extraction extraction =
          extractor.extract(
              new ParseInput(
                  file.toString(),
                  base,
                  Files.readAllBytes(file),
                  Optional.empty(),
                  Optional.empty(),
                  sourceZone,
                  Optional.empty()));
      extraction.error().ifPresent(error -> warn(file + ": " + error));
      List<RawEvent> events = extraction.events();
      // The lines of a large file are written on every core: they are a tenth of its reading.
      (events.size() >= PARALLEL_LINES ? events.parallelStream() : events.stream())
          .map(event -> EventJson.line(event, sourceZone))
          .forEachOrdered(lines::add);
    } catch (IOException e) {
      warn(file + ": cannot be read: " + e.getMessage());
    }
    return lines;
  }

  private void warn(String message) {
    PrintWriter err = spec.commandLine().getErr();
    synchronized (err) {
      err.println("warning: " + message);
      err.flush();
    }
  }

  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new ConfigException(path + ": no such file or folder");
      }
    }
    return files;
  }

  private static ZoneId zone(String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new ConfigException("--zone '" + text + "' is not a time zone such as Europe/Rome");
    }
  }
}
