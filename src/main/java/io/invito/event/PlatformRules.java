package io.invito.event;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the online platform an event runs on, from its join link first (the strongest evidence),
 * then its location, its own URL, links in its text, and finally words in its text.
 */
final class PlatformRules {
  private static final Pattern LINK =
      Pattern.compile("https?://[^\\s\"'<>)]+", Pattern.CASE_INSENSITIVE);

  /** A platform, the hosts (and path prefixes) of its links, and how people write its name. */
  private record Platform(String name, List<String> links, String... phrases) {}

  private static final List<Platform> PLATFORMS =
      List.of(
          // "Uno zoom su..." is Italian for "a close look at": the bare word is no evidence.
          new Platform(
              "Zoom",
              List.of("zoom.us", "zoom.com", "zoomgov.com"),
              "su zoom",
              "via zoom",
              "on zoom",
              "tramite zoom",
              "through zoom",
              "using zoom",
              "piattaforma zoom",
              "zoom meeting",
              "zoom webinar",
              "zoom webinars",
              "link zoom",
              "zoom link",
              "in zoom"),
          new Platform(
              "Microsoft Teams",
              List.of("teams.microsoft.com", "teams.live.com"),
              "microsoft teams",
              "ms teams",
              "teams meeting",
              "su teams",
              "on teams",
              "via teams",
              "tramite teams",
              "through teams",
              "using teams"),
          new Platform("Webex", List.of("webex.com"), "webex", "cisco webex"),
          new Platform("Google Meet", List.of("meet.google.com"), "google meet"),
          new Platform(
              "GoToWebinar",
              List.of("gotowebinar.com", "goto.com/webinar"),
              "gotowebinar",
              "goto webinar"),
          new Platform(
              "YouTube Live",
              List.of("youtube.com/live", "youtube.com/watch", "youtu.be"),
              "youtube live",
              "live su youtube",
              "diretta youtube",
              "diretta su youtube",
              "live on youtube",
              "streamed on youtube",
              "streaming su youtube",
              // Not "canale YouTube" alone: pages end with "follow our YouTube channel".
              "diretta sul nostro canale youtube",
              "live sul nostro canale youtube"),
          new Platform(
              "LinkedIn Live",
              List.of("linkedin.com/events", "linkedin.com/video"),
              "linkedin live",
              "live su linkedin",
              "diretta linkedin",
              "diretta su linkedin",
              "live on linkedin",
              "linkedin event",
              "linkedin events"),
          new Platform(
              "Facebook Live",
              List.of("facebook.com/events", "facebook.com/watch", "fb.watch"),
              "facebook live",
              "live su facebook",
              "diretta facebook",
              "diretta su facebook",
              "live on facebook"),
          new Platform("Twitch", List.of("twitch.tv"), "twitch"),
          new Platform("Vimeo", List.of("vimeo.com"), "vimeo"),
          new Platform("ON24", List.of("on24.com"), "on24"),
          new Platform("BrightTALK", List.of("brighttalk.com"), "brighttalk"),
          new Platform("StreamYard", List.of("streamyard.com"), "streamyard"),
          new Platform(
              "RingCentral Events",
              List.of("hopin.com", "events.ringcentral.com"),
              "hopin",
              "ringcentral events"));

  private static final Vocabulary<String> NAMES = names();

  /**
   * In a location field a bare platform name is evidence ("Online - Zoom", "Teams"); in running
   * text it is not, so these words count only there.
   */
  private static final Vocabulary<String> LOCATION_NAMES =
      Vocabulary.<String>builder()
          .add("Zoom", "zoom")
          .add("Microsoft Teams", "teams")
          .add("Google Meet", "meet")
          .build();

  private static final Set<String> STREAMING =
      Set.of("YouTube Live", "LinkedIn Live", "Facebook Live", "Twitch");

  private PlatformRules() {}

  /** The platform the evidence names, most reliable evidence first. */
  static Optional<String> platform(
      Optional<URI> joinUrl, Optional<String> location, Optional<URI> url, String text) {
    Optional<String> found = joinUrl.flatMap(PlatformRules::byLink);
    if (found.isEmpty()) {
      found =
          location
              .flatMap(PlatformRules::byLinksIn)
              .or(() -> location.flatMap(where -> NAMES.findFirst(TextFolder.fold(where))))
              .or(
                  () ->
                      location.flatMap(where -> LOCATION_NAMES.findFirst(TextFolder.fold(where))));
    }
    if (found.isEmpty()) {
      // An event page hosted on the platform itself (an ON24 or BrightTALK page) names it.
      found = url.flatMap(PlatformRules::byLink);
    }
    if (found.isEmpty()) {
      found = byLinksIn(text).or(() -> NAMES.findFirst(TextFolder.fold(text)));
    }
    return found;
  }

  /** Whether the platform broadcasts to an audience (a live stream) rather than hosts a meeting. */
  static boolean streams(String platform) {
    return STREAMING.contains(platform);
  }

  private static Optional<String> byLinksIn(String text) {
    Matcher matcher = LINK.matcher(text);
    while (matcher.find()) {
      Optional<String> found = parse(matcher.group()).flatMap(PlatformRules::byLink);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<URI> parse(String link) {
    try {
      return Optional.of(URI.create(link));
    } catch (IllegalArgumentException malformed) {
      // A broken link in free text is simply no evidence.
      return Optional.empty();
    }
  }

  private static Optional<String> byLink(URI link) {
    if (link.getHost() == null) {
      return Optional.empty();
    }
    String host = link.getHost().toLowerCase(Locale.ROOT);
    String where = host + (link.getRawPath() == null ? "" : link.getRawPath());
    for (Platform platform : PLATFORMS) {
      for (String prefix : platform.links()) {
        int slash = prefix.indexOf('/');
        String prefixHost = slash < 0 ? prefix : prefix.substring(0, slash);
        boolean hostMatches = host.equals(prefixHost) || host.endsWith("." + prefixHost);
        String rest = slash < 0 ? "" : prefix.substring(slash);
        if (hostMatches && where.substring(host.length()).startsWith(rest)) {
          return Optional.of(platform.name());
        }
      }
    }
    return Optional.empty();
  }

  private static Vocabulary<String> names() {
    Vocabulary.Builder<String> builder = Vocabulary.builder();
    for (Platform platform : PLATFORMS) {
      builder.add(platform.name(), platform.phrases());
    }
    return builder.build();
  }
}
