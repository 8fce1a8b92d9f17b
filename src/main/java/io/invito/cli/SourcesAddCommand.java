package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.config.Source;
import io.invito.config.SourceType;
import io.invito.config.SourcesFileWriter;
import io.invito.fetch.Fetcher;
import io.invito.fetch.HostPauses;
import io.invito.model.FetchResult;
import io.invito.model.Validators;
import io.invito.parse.FeedLinks;
import io.invito.parse.FeedLinks.DiscoveredSource;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code invito sources add URL}: adds a feed or calendar, or finds the feeds and calendars a web
 * page links to, or else keeps the page itself as a page source.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Add a source to sources.yaml. A feed or calendar URL is added as it is; for a web page,",
      "the feed it links to (<link rel=\"alternate\">) and its calendar links are added, or the",
      "page itself when it links to none."
    })
final class SourcesAddCommand implements Callable<Integer> {
  @Mixin ConfigOption configOption;

  @Parameters(paramLabel = "URL", description = "A feed, calendar or web page (http or https).")
  String url;

  @Option(names = "--id", description = "The id of the (first) source added.")
  String id;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "feed, ics or page: add the URL as this type without looking at it.")
  String type;

  @Option(
      names = "--tag",
      paramLabel = "TAG",
      description = "A tag for the added sources " + "(repeatable).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--all", description = "Add every feed the page links to, not only the first.")
  boolean all;

  @Option(names = "--dry-run", description = "Show what would be added; change nothing.")
  boolean dryRun;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Config config = configOption.load();
    PrintWriter out = spec.commandLine().getOut();
    URI address = httpUrl(url);
    List<DiscoveredSource> candidates;
    if (type != null) {
      candidates = List.of(new DiscoveredSource(address, sourceType(type), ""));
    } else {
      FetchResult page;
      List<URI> scope = new ArrayList<>(config.sources().stream().map(Source::url).toList());
      scope.add(address); // the page the user names here is as good as a source's
      try (Fetcher fetcher =
          new Fetcher(config.fetch(), Clock.systemUTC(), HostPauses.NONE, scope)) {
        page = fetcher.fetch(address, Validators.NONE);
      }
      if (!page.ok()) {
        spec.commandLine()
            .getErr()
            .println(
                "error: cannot read "
                    + address
                    + ": "
                    + page.error().orElse("HTTP " + page.status()));
        return 1;
      }
      candidates = discover(address, page);
    }
    KnownSources known = new KnownSources(config.sources());
    List<Source> added = new ArrayList<>();
    for (DiscoveredSource candidate : candidates) {
      if (!known.claimUrl(candidate.url())) {
        out.println("already a source: " + candidate.url());
        continue;
      }
      String newId =
          id != null && added.isEmpty()
              ? known.claimId(checkedId(id, known))
              : known.proposeId(
                  candidate.title().isBlank() ? "" : candidate.title(), candidate.url());
      added.add(Source.of(newId, candidate.url(), candidate.type()).withTags(tags));
    }
    for (Source source : added) {
      out.printf(
          "%s %-4s %s %s%n",
          dryRun ? "would add" : "added",
          source.type().name().toLowerCase(Locale.ROOT),
          source.id(),
          source.url());
    }
    if (!dryRun && !added.isEmpty()) {
      SourcesFileWriter.append(config.directory(), config.sources(), added);
    }
    out.flush();
    return 0;
  }

  /** What the fetched URL is: a feed, a calendar, or a page to look for links in. */
  private List<DiscoveredSource> discover(URI asked, FetchResult page) {
    // Keep the address the user gave unless the server said it moved for good.
    URI where = page.permanentRedirect() ? page.finalUrl() : asked;
    String media = page.contentType().orElse("").toLowerCase(Locale.ROOT);
    byte[] body = page.body();
    String head =
        new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    if (media.startsWith("text/calendar") || head.stripLeading().startsWith("begin:vcalendar")) {
      return List.of(new DiscoveredSource(where, SourceType.ICS, ""));
    }
    boolean html = media.contains("html") || head.contains("<html") || head.contains("<!doctype");
    if (!html && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf"))) {
      return List.of(new DiscoveredSource(where, SourceType.FEED, ""));
    }
    List<DiscoveredSource> found = FeedLinks.find(body, page.finalUrl());
    List<DiscoveredSource> chosen = new ArrayList<>();
    for (DiscoveredSource source : found) {
      boolean firstFeed =
          source.type() == SourceType.FEED
              && chosen.stream().noneMatch(c -> c.type() == SourceType.FEED);
      if (all || source.type() != SourceType.FEED || firstFeed) {
        chosen.add(source);
      }
    }
    return chosen.isEmpty() ? List.of(new DiscoveredSource(where, SourceType.PAGE, "")) : chosen;
  }

  private static URI httpUrl(String text) {
    return Source.httpUrl(text)
        .orElseThrow(
            () -> new ConfigException("sources add: URL '" + text + "' is not an http(s) URL"));
  }

  private static SourceType sourceType(String text) {
    try {
      return SourceType.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new ConfigException(
          "sources add: --type '" + text + "' is not one of feed, ics, " + "page");
    }
  }

  private static String checkedId(String wanted, KnownSources known) {
    if (!wanted.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new ConfigException(
          "sources add: --id '"
              + wanted
              + "' must be letters, digits, "
              + "'.', '_' or '-' (at most 64)");
    }
    if (known.hasId(wanted)) {
      throw new ConfigException("sources add: --id '" + wanted + "' is used by another source");
    }
    return wanted;
  }
}
