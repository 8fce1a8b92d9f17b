package io.invito.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quartz.CronExpression;

/**
 * Reads and checks a config folder. Everything wrong is refused here, at load, with a message
 * naming the file, the key and the value; nothing later has to doubt the config.
 */
public final class ConfigLoader {
  public static final String MAIN_FILE = "invito.yaml";
  public static final String SOURCES_FILE = "sources.yaml";
  private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  // A key written twice (a second owner: block) is refused, not silently won by the last one.
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private ConfigLoader() {}

  /**
   * The sources of {@code sources.yaml} alone, as the file is now: a running {@code serve} reads
   * them again before each fetch, so a source added or disabled (on the desk or by hand) counts
   * from the next fetch, not from the next start.
   *
   * @throws ConfigException when the file does not read, naming file, entry and key
   */
  public static List<Source> loadSources(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    return sources(read(dir.resolve(SOURCES_FILE), SOURCES_FILE));
  }

  public static Config load(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(directory + ": config folder does not exist");
    }
    YamlNode main = read(dir.resolve(MAIN_FILE), MAIN_FILE);
    main.allowOnly(
        "owner",
        "store",
        "output",
        "contacts",
        "templates",
        "schedules",
        "fetch",
        "matching",
        "keep",
        "calls",
        "mail",
        "desk");
    Owner owner = owner(main.get("owner"));
    String storeUrl = storeUrl(main.get("store"), dir);
    boolean cluster = cluster(main.get("store"), storeUrl);
    Path output = DataFolders.output(main.get("output"), dir).path();
    Path contacts = requireFile(main.get("contacts"), dir, "contacts.csv", false);
    Path templates = requireFile(main.get("templates"), dir, "templates", true);
    Schedules schedules = schedules(main.get("schedules"));
    FetchSettings fetch = fetch(main.get("fetch"));
    MatchSettings matching = matching(main.get("matching"), dir);
    List<Source> sources = sources(read(dir.resolve(SOURCES_FILE), SOURCES_FILE));
    return new Config(
        dir,
        owner,
        storeUrl,
        output,
        schedules,
        fetch,
        matching,
        sources,
        contacts,
        templates,
        cluster,
        keep(main.get("keep")),
        calls(main.get("calls")),
        MailSettings.read(main.get("mail"), dir),
        DeskSettings.read(main.get("desk")));
  }

  /** The {@code calls} section: how many people the daily call list proposes (2 to 5). */
  private static CallSettings calls(YamlNode node) {
    node.allowOnly("perDay");
    YamlNode perDay = node.get("perDay");
    long value = positive(perDay, CallSettings.defaults().perDay());
    if (value < CallSettings.FEWEST || value > CallSettings.MOST) {
      throw perDay.fail(
          perDay.quoted()
              + " must be a whole number from "
              + CallSettings.FEWEST
              + " to "
              + CallSettings.MOST
              + " (calls a day)");
    }
    return new CallSettings((int) value);
  }

  private static YamlNode read(Path file, String name) {
    try {
      JsonNode root = YAML.readTree(Files.readString(file));
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new ConfigException(name + ": file is empty");
      }
      return new YamlNode(name, "", root);
    } catch (NoSuchFileException e) {
      throw new ConfigException(name + ": file not found in " + file.getParent());
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          "%s: line %d: not valid YAML: %s"
              .formatted(
                  name,
                  e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                  e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static Owner owner(YamlNode node) {
    if (node.isMissing()) {
      throw node.fail(
          "is missing: say who signs the invitations (name, email, language, timeZone)");
    }
    node.allowOnly("name", "email", "signature", "language", "timeZone");
    String name = node.get("name").requireText();
    YamlNode emailNode = node.get("email");
    String email = emailNode.requireText();
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw emailNode.fail("'" + email + "' is not an e-mail address");
    }
    String signature = node.get("signature").text(name);
    Language language = language(node.get("language")).orElse(Language.EN);
    ZoneId zone = zone(node.get("timeZone")).orElse(ZoneId.of("Europe/Rome"));
    return new Owner(name, email, signature, language, zone);
  }

  private static String storeUrl(YamlNode node, Path dir) {
    node.allowOnly("url", "path", "cluster");
    YamlNode url = node.get("url");
    if (url.findText().isPresent()) {
      String text = url.requireText();
      if (!text.startsWith("jdbc:h2:") && !text.startsWith("jdbc:postgresql:")) {
        throw url.fail("'" + text + "' is not a jdbc:h2: or jdbc:postgresql: URL");
      }
      return text;
    }
    Path path = DataFolders.store(node.get("path"), dir).path();
    // No AUTO_SERVER: it served the store on every interface with an empty password. One process
    // owns the store at a time; another is told which one (see store.StoreLock).
    return "jdbc:h2:file:" + path;
  }

  /** Clustering needs a store every machine reaches: an embedded H2 file is one machine's. */
  private static boolean cluster(YamlNode node, String storeUrl) {
    YamlNode cluster = node.get("cluster");
    boolean clustered = cluster.bool(false);
    if (clustered && !storeUrl.startsWith("jdbc:postgresql:")) {
      throw cluster.fail(
          "true needs a shared PostgreSQL store: set store.url to a " + "jdbc:postgresql:// URL");
    }
    return clustered;
  }

  private static Path requireFile(YamlNode node, Path dir, String fallback, boolean folder) {
    Path path = dir.resolve(node.text(fallback)).normalize();
    boolean exists = folder ? Files.isDirectory(path) : Files.isRegularFile(path);
    if (!exists) {
      throw new ConfigException(
          "%s: %s '%s' does not exist (looked for %s)"
              .formatted(node.file(), node.path(), node.text(fallback), path));
    }
    return path;
  }

  private static Schedules schedules(YamlNode node) {
    node.allowOnly("fetch", "matchAndDraft", "digest", "calls");
    return new Schedules(
        cron(node.get("fetch"), "0 0 */3 * * ?"),
        cron(node.get("matchAndDraft"), "0 30 6 * * ?"),
        cron(node.get("digest"), "0 0 7 ? * MON"),
        cron(node.get("calls"), Schedules.CALLS));
  }

  private static String cron(YamlNode node, String fallback) {
    String expression = node.text(fallback);
    if (!CronExpression.isValidExpression(expression)) {
      throw node.fail(
          "'"
              + expression
              + "' is not a Quartz cron expression "
              + "(seconds minutes hours day-of-month month day-of-week, e.g. '0 0 7 ? * MON')");
    }
    return expression;
  }

  private static FetchSettings fetch(YamlNode node) {
    node.allowOnly(
        "userAgent",
        "connectTimeout",
        "requestTimeout",
        "maxBytes",
        "maxRedirects",
        "concurrency",
        "perHostConcurrency",
        "hostSpacing",
        "allowedHosts");
    FetchSettings defaults = FetchSettings.defaults();
    return new FetchSettings(
        node.get("userAgent").text(defaults.userAgent()),
        duration(node.get("connectTimeout")).orElse(defaults.connectTimeout()),
        duration(node.get("requestTimeout")).orElse(defaults.requestTimeout()),
        // Zero bytes would refuse every body: a typo, not a wish.
        atLeastOne(node.get("maxBytes"), defaults.maxBytes()),
        wholeInt(positive(node.get("maxRedirects"), defaults.maxRedirects()), node, "maxRedirects"),
        wholeInt(atLeastOne(node.get("concurrency"), defaults.concurrency()), node, "concurrency"),
        wholeInt(
            atLeastOne(node.get("perHostConcurrency"), defaults.perHostConcurrency()),
            node,
            "perHostConcurrency"),
        duration(node.get("hostSpacing")).orElse(defaults.hostSpacing()),
        AllowedHosts.read(node.get("allowedHosts")));
  }

  /** A count where zero would mean "never fetch": refused with the key, not hung at run time. */
  private static long atLeastOne(YamlNode node, long fallback) {
    long value = positive(node, fallback);
    if (value < 1) {
      throw node.fail(node.quoted() + " must be at least 1");
    }
    return value;
  }

  /** The {@code keep} section; left out, everything is kept, as before the section existed. */
  private static KeepRules keep(YamlNode node) {
    node.allowOnly("attendance", "kinds", "keywords", "block");
    return new KeepRules(
        words(node.get("attendance"), KeepRules.ATTENDANCE),
        words(node.get("kinds"), KeepRules.KINDS),
        node.get("keywords").texts(),
        node.get("block").texts());
  }

  private static java.util.Set<String> words(YamlNode node, java.util.Set<String> known) {
    java.util.Set<String> words = new java.util.TreeSet<>();
    for (String word : node.texts()) {
      String folded = word.strip().toLowerCase(java.util.Locale.ROOT);
      if (!known.contains(folded)) {
        throw node.fail("'" + word + "' is not one of " + new java.util.TreeSet<>(known));
      }
      words.add(folded);
    }
    return words;
  }

  private static MatchSettings matching(YamlNode node, Path dir) {
    node.allowOnly(
        "minScore", "perContactPause", "perEventTop", "minLeadTime", "horizon", "synonyms");
    MatchSettings defaults = MatchSettings.defaults();
    return new MatchSettings(
        score(node.get("minScore"), defaults.minScore()),
        duration(node.get("perContactPause")).orElse(defaults.perContactPause()),
        wholeInt(positive(node.get("perEventTop"), defaults.perEventTop()), node, "perEventTop"),
        duration(node.get("minLeadTime")).orElse(defaults.minLeadTime()),
        duration(node.get("horizon")).orElse(defaults.horizon()),
        synonyms(node.get("synonyms"), dir));
  }

  /** A finite score of zero or more: NaN would compare false with every score and match nobody. */
  private static double score(YamlNode node, double fallback) {
    double value = node.find("a number", Double::parseDouble).orElse(fallback);
    if (!Double.isFinite(value) || value < 0) {
      throw node.fail(node.quoted() + " must be a number of zero or more");
    }
    return value;
  }

  /** A count that fits an int: 2147483648 must not wrap round to a negative number. */
  private static int wholeInt(long value, YamlNode parent, String key) {
    if (value > Integer.MAX_VALUE) {
      throw parent
          .get(key)
          .fail(parent.get(key).quoted() + " must be at most " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  /** The file named under {@code matching.synonyms}, else {@code synonyms.txt} if it is there. */
  private static java.util.Optional<Path> synonyms(YamlNode node, Path dir) {
    if (node.findText().isEmpty()) {
      Path usual = dir.resolve("synonyms.txt");
      return Files.isRegularFile(usual) ? java.util.Optional.of(usual) : java.util.Optional.empty();
    }
    return java.util.Optional.of(requireFile(node, dir, "synonyms.txt", false));
  }

  private static List<Source> sources(YamlNode root) {
    root.allowOnly("sources");
    List<Source> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlNode node : root.get("sources").list()) {
      Source source = source(node);
      if (!ids.add(source.id())) {
        throw node.get("id").fail("'" + source.id() + "' is used by an earlier source too");
      }
      sources.add(source);
    }
    return sources;
  }

  private static Source source(YamlNode node) {
    node.allowOnly(
        "id",
        "url",
        "type",
        "language",
        "timeZone",
        "tags",
        "follow",
        "selectors",
        "keep",
        "enabled");
    YamlNode idNode = node.get("id");
    String id = idNode.requireText();
    if (!SOURCE_ID.matcher(id).matches()) {
      throw idNode.fail("'" + id + "' must be letters, digits, '.', '_' or '-' (at most 64)");
    }
    URI url = httpUrl(node.get("url"));
    YamlNode typeNode = node.get("type");
    SourceType type =
        typeNode
            .find(
                "one of feed, ics, page", text -> SourceType.valueOf(text.toUpperCase(Locale.ROOT)))
            .orElse(SourceType.FEED);
    return new Source(
        id,
        url,
        type,
        language(node.get("language")),
        zone(node.get("timeZone")),
        node.get("tags").texts(),
        node.get("follow").bool(false),
        selectors(node.get("selectors")),
        node.get("keep").isMissing()
            ? java.util.Optional.empty()
            : java.util.Optional.of(keep(node.get("keep"))),
        node.get("enabled").bool(true));
  }

  /** {@code selectors: {item, title, date, link}}: CSS selectors, each checked by jsoup now. */
  private static java.util.Optional<SelectorRules> selectors(YamlNode node) {
    if (node.isMissing()) {
      return java.util.Optional.empty();
    }
    node.allowOnly("item", "title", "date", "link");
    String item =
        cssSelector(node.get("item"))
            .orElseThrow(
                () ->
                    node.get("item")
                        .fail("is missing: say which element holds each event, e.g. '.agenda li'"));
    return java.util.Optional.of(
        new SelectorRules(
            item,
            cssSelector(node.get("title")),
            cssSelector(node.get("date")),
            cssSelector(node.get("link"))));
  }

  private static java.util.Optional<String> cssSelector(YamlNode node) {
    return node.find(
        "a CSS selector jsoup understands",
        text -> {
          org.jsoup.select.QueryParser.parse(text);
          return text;
        });
  }

  /** Only absolute http and https URLs with a host: no file:, ftp:, jar: or typos. */
  static URI httpUrl(YamlNode node) {
    String text = node.requireText();
    return Source.httpUrl(text)
        .orElseThrow(() -> node.fail("'" + text + "' is not an http(s) URL"));
  }

  private static java.util.Optional<Language> language(YamlNode node) {
    return node.find("a language code (it or en)", text -> Language.find(text).orElseThrow());
  }

  private static java.util.Optional<ZoneId> zone(YamlNode node) {
    return node.find("a time zone (an IANA id such as Europe/Rome)", ZoneId::of);
  }

  /** Accepts ISO-8601 ({@code PT30S}, {@code P7D}) and short forms ({@code 30s}, {@code 7d}). */
  private static java.util.Optional<Duration> duration(YamlNode node) {
    return node.find("a duration such as 30s, 15m, 12h, 7d or PT30S", ConfigLoader::parseDuration);
  }

  static Duration parseDuration(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.startsWith("p")) {
      return Duration.parse(value.toUpperCase(Locale.ROOT));
    }
    long amount = Long.parseLong(value.substring(0, value.length() - 1).strip());
    Duration duration =
        switch (value.charAt(value.length() - 1)) {
          case 's' -> Duration.ofSeconds(amount);
          case 'm' -> Duration.ofMinutes(amount);
          case 'h' -> Duration.ofHours(amount);
          case 'd' -> Duration.ofDays(amount);
          default -> throw new IllegalArgumentException(text);
        };
    if (duration.isNegative()) {
      throw new IllegalArgumentException(text);
    }
    return duration;
  }

  private static long positive(YamlNode node, long fallback) {
    long value = node.find("a whole number", Long::parseLong).orElse(fallback);
    if (value < 0) {
      throw node.fail(node.quoted() + " must not be negative");
    }
    return value;
  }
}
