package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.config.ConfigLoader;
import io.invito.config.Language;
import io.invito.model.Week;
import io.invito.pipeline.Pipeline;
import io.invito.pipeline.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code invito demo}: the real pipeline against a bundled web site on loopback, with a temporary
 * store and the bundled contacts, so a new user sees a digest and drafts in one command.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline on a bundled example: a local web server on 127.0.0.1 serves RSS,",
      "Atom, iCalendar and event pages (Italian and English) dated in the coming week; invito",
      "fetches them, stores the events in a temporary database, matches the example contacts and",
      "writes the drafts and the digest."
    })
final class DemoCommand implements Callable<Integer> {
  private static final ZoneId DEMO_ZONE = ZoneId.of("Europe/Rome");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "invito-demo",
      description = "Where to write the digest and drafts (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--as-of",
      paramLabel = "DATETIME",
      description = "Place the demo week after this time instead of now.")
  String asOf;

  @Option(
      names = "--language",
      paramLabel = "it|en",
      description = "The owner's language: the digest's and the week's post (default: it).")
  String language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    Instant today = AsOf.resolve(asOf, DEMO_ZONE, Clock.systemUTC());
    Path work = Files.createTempDirectory("invito-demo-");
    try {
      Path output = out.toAbsolutePath().normalize();
      Demo demo = prepare(work, output, language, today, console);
      new SummaryPrinter(console, output).print(demo.summary());
    } finally {
      deleteTree(work);
    }
    console.println("The demo's store was temporary and is gone; the files above stay.");
    console.flush();
    return 0;
  }

  /**
   * What a demo run left: its config (store under the work folder, drafts and digest in the output
   * folder), its week and the run's summary.
   */
  record Demo(Config config, Week week, Instant runAt, RunSummary summary) {}

  /**
   * Copies the demo's config into {@code work}, serves its site on loopback and runs the pipeline
   * once on the Sunday evening before the week after {@code today}, as a weekly run would. The
   * desk's tests start from here too.
   */
  static Demo prepare(Path work, Path output, String language, Instant today, PrintWriter console)
      throws IOException {
    Week week = Week.coming(LocalDate.ofInstant(today, DEMO_ZONE));
    Instant runAt =
        week.monday().minusDays(1).atTime(LocalTime.of(18, 0)).atZone(DEMO_ZONE).toInstant();
    Path configDir = work.resolve("config");
    ClasspathFolder.copy("demo", configDir);
    ClasspathFolder.copy("invito/templates", configDir.resolve("templates"));
    if (language != null) {
      ownerLanguage(configDir.resolve(ConfigLoader.MAIN_FILE), language);
    }
    try (DemoSite site = DemoSite.start(configDir.resolve("site"), week.monday(), DEMO_ZONE)) {
      Path sources = configDir.resolve(ConfigLoader.SOURCES_FILE);
      Files.writeString(sources, site.render(Files.readString(sources)));
      Config loaded = ConfigLoader.load(configDir);
      Config demo =
          loaded.with("jdbc:h2:file:" + work.resolve("data/invito"), output, loaded.fetch());
      console.printf(
          "Demo site on %s; demo week %s (%s to %s); running as of %s.%n",
          site.base(), week, week.monday(), week.monday().plusDays(6), runAt.atZone(DEMO_ZONE));
      try (Pipeline pipeline = Pipeline.open(demo, Clock.systemUTC())) {
        return new Demo(demo, week, runAt, pipeline.runOnce(runAt));
      }
    }
  }

  /** The demo owner writes in the language asked for; the rest of the demo stays as it is. */
  private static void ownerLanguage(Path main, String language) throws IOException {
    String code = language.strip().toLowerCase(java.util.Locale.ROOT);
    if (Language.find(code).isEmpty()) {
      throw new ConfigException("--language '" + language + "' is not it or en");
    }
    String text = Files.readString(main);
    String changed = text.replace("  language: it\n", "  language: " + code + "\n");
    if (changed.equals(text) && !code.equals("it")) {
      throw new IllegalStateException("the demo's invito.yaml has no '  language: it' line");
    }
    Files.writeString(main, changed);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the demo's temporary folder " + root, e);
    }
  }
}
