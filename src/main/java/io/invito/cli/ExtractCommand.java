package io.invito.cli;

import io.invito.config.ConfigException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
    // Files are read on all cores; output keeps the files' sorted order so runs are comparable.
    List<List<String>> lines =
        files.parallelStream().map(file -> extract(extractor, file, sourceZone)).toList();
    PrintWriter out = spec.commandLine().getOut();
    lines.forEach(group -> group.forEach(out::println));
    out.flush();
    return 0;
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
      extraction.events().forEach(event -> lines.add(EventJson.line(event, sourceZone)));
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
