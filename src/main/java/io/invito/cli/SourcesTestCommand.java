package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.config.Source;
import io.invito.config.SourceType;
import io.invito.model.RawEvent;
import io.invito.parse.EventJson;
import io.invito.pipeline.Pipeline;
import io.invito.pipeline.SourceTrial;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code invito sources test ID|URL}: one source read now, as a run would read it, shown as a table
 * per item with the extractor behind each field; nothing is stored.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch and read one configured source (by id) or any URL now, as a run would, and show",
      "every item as a table: each field, its value and the extractor that gave it, and whether",
      "it is an event or why not. Nothing is stored; the source's health is left as it is.",
      "Exit code 1 when the source cannot be fetched or read."
    })
final class SourcesTestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID|URL", description = "A source id from sources.yaml, or a URL.")
  String target;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "For a URL: the zone of times written without one (default: the owner's).")
  String zone;

  @Option(names = "--follow", description = "For a URL: read the event pages its items link to.")
  boolean follow;

  @Option(
      names = "--suggest",
      description = {
        "When a page gives no event: propose the selectors: that would read it, as YAML to",
        "paste under the source in sources.yaml."
      })
  boolean suggest;

  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Config loaded = config.load();
    Optional<Source> configuredSource = loaded.findSource(target);
    Source source = configuredSource.orElseGet(() -> adHoc(target));
    boolean configured = configuredSource.isPresent();
    SourceTrial trial;
    // An address the user names here may be fetched as a configured source's would (its port too).
    Config scoped =
        configured
            ? loaded
            : loaded.withSources(
                Stream.concat(loaded.sources().stream(), Stream.of(source)).toList());
    try (Pipeline pipeline = Pipeline.open(scoped, Clock.systemUTC())) {
      trial = pipeline.trySource(source, suggest);
    }
    PrintWriter out = spec.commandLine().getOut();
    printHeader(out, trial, configured);
    Optional<ZoneId> sourceZone = source.zone().or(() -> Optional.of(loaded.owner().zone()));
    List<SourceTrial.Item> items = trial.items();
    for (int i = 0; i < items.size(); i++) {
      printItem(out, i + 1, items.get(i), sourceZone);
    }
    printSuggestion(out, trial);
    out.flush();
    return trial.error().isPresent() ? 1 : 0;
  }

  private void printHeader(PrintWriter out, SourceTrial trial, boolean configured) {
    Source source = trial.source();
    out.printf(
        "source    %s (%s)%n",
        source.id(), configured ? "configured" : "not in sources.yaml, read with defaults");
    out.printf(
        "url       %s%s%n",
        source.url(), trial.finalUrl().equals(source.url()) ? "" : " -> " + trial.finalUrl());
    out.printf(
        "fetched   %s, %,d bytes in %d ms%s%n",
        trial.status() == 0 ? "no answer" : "HTTP " + trial.status(),
        trial.bytes(),
        trial.elapsed().toMillis(),
        trial.format().map(format -> ", read as " + format).orElse(""));
    trial.error().ifPresent(error -> out.printf("error     %s%n", error));
    trial.warnings().forEach(warning -> out.printf("warning   %s%n", warning));
    long events = trial.items().stream().filter(item -> item.event().isPresent()).count();
    out.printf(
        "items     %d: %d events, %d rejected%n",
        trial.items().size(), events, trial.items().size() - events);
    // A page that names its own feed: `sources add` would take the feed; say so here too.
    trial
        .announced()
        .forEach(
            found ->
                out.printf(
                    "announces %s %s%s%n",
                    found.type().name().toLowerCase(Locale.ROOT),
                    found.url(),
                    found.title().isBlank() ? "" : " (" + found.title() + ")"));
  }

  private void printSuggestion(PrintWriter out, SourceTrial trial) {
    boolean noEvent = trial.items().stream().noneMatch(item -> item.event().isPresent());
    if (!noEvent || trial.error().isPresent()) {
      return;
    }
    if (!suggest) {
      out.printf(
          "%nno event read; `invito sources test %s --suggest` proposes selectors%n", target);
      return;
    }
    trial
        .suggestion()
        .ifPresentOrElse(
            found -> {
              out.printf(
                  "%nthese selectors read %d dated events; paste them under the source:%n%n",
                  found.events());
              out.print(found.yaml());
            },
            () ->
                out.printf("%nno selectors to suggest: the page shows no repeated dated blocks%n"));
  }

  private static void printItem(
      PrintWriter out, int number, SourceTrial.Item item, Optional<ZoneId> sourceZone) {
    String verdict =
        item.event()
            .map(
                event ->
                    "event: "
                        + event.kinds().stream()
                            .map(kind -> kind.name().toLowerCase(Locale.ROOT))
                            .sorted()
                            .collect(Collectors.joining(", "))
                        + ", "
                        + event.attendance().name().toLowerCase(Locale.ROOT))
            .orElseGet(() -> "not an event: " + item.rejection().orElse("?"));
    out.printf("%n%d. %s%n", number, verdict);
    RawEvent raw = item.raw();
    Map<String, String> fields = EventJson.fields(raw, sourceZone);
    int width =
        Math.max(
            5, Math.min(72, fields.values().stream().mapToInt(String::length).max().orElse(5)));
    String row = "   %-11s %-" + width + "s  %s%n";
    out.printf(row, "FIELD", "VALUE", "FROM");
    fields.forEach(
        (field, value) -> out.printf(row, field, fit(value, width), from(raw, field, sourceZone)));
  }

  /** The extractor behind a field; for times, also whether their zone was stated or inferred. */
  private static String from(RawEvent raw, String field, Optional<ZoneId> sourceZone) {
    Map<String, String> provenance = raw.provenance();
    String zone = provenance.getOrDefault("startZone", "");
    if (field.equals("timeZone")) {
      return zone.equals("floating") && sourceZone.isPresent() ? "source" : zone;
    }
    String by = provenance.getOrDefault(field, "");
    return field.equals("start") && !zone.isEmpty() ? by + " (zone " + zone + ")" : by;
  }

  private static String fit(String value, int width) {
    return value.length() <= width ? value : value.substring(0, width - 1) + "…";
  }

  private Source adHoc(String text) {
    URI url = Source.httpUrl(text).orElseThrow(() -> notASource(text));
    Optional<ZoneId> sourceZone = Optional.empty();
    if (zone != null) {
      try {
        sourceZone = Optional.of(ZoneId.of(zone));
      } catch (DateTimeException e) {
        throw new ConfigException(
            "sources test: --zone '" + zone + "' is not a time zone (e.g. Europe/Rome)");
      }
    }
    // The bytes decide the format; the declared type is only a hint when they do not.
    return Source.of(url.getHost(), url, SourceType.FEED).withZone(sourceZone).withFollow(follow);
  }

  private ConfigException notASource(String text) {
    return new ConfigException(
        "sources test: '"
            + text
            + "' is neither a source id in "
            + config.directory.resolve("sources.yaml")
            + " nor an http(s) URL");
  }
}
