package io.invito.parse;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the link that lets someone join an online event: a meeting or stream on a known platform.
 * Any other link in a description is more likely a registration or article page, so it is not taken
 * for a join link.
 */
final class JoinLinks {
  private static final Pattern MEETING =
      Pattern.compile(
          "https://(?:[\\w-]+\\.)*(?:zoom\\.us/(?:j|w|my|webinar)/|teams\\.microsoft\\.com/l/|"
              + "teams\\.live\\.com/|meet\\.google\\.com/|[\\w-]+\\.webex\\.com/|meet\\.jit\\.si/|"
              + "(?:www\\.)?gotomeet(?:ing)?\\.com/|global\\.gotowebinar\\.com/|"
              + "(?:www\\.)?youtube\\.com/live/|youtu\\.be/|(?:www\\.)?twitch\\.tv/|"
              + "streamyard\\.com/|(?:www\\.)?crowdcast\\.io/|app\\.livestorm\\.co/|"
              + "(?:www\\.)?bigmarker\\.com/|whereby\\.com/)[^\\s\"'<>)\\]]*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ONLY_URL = Pattern.compile("^\\s*(https://\\S+)\\s*$");

  private JoinLinks() {}

  /** The first known-platform meeting link in any of the texts. */
  static Optional<URI> find(String... texts) {
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      Matcher matcher = MEETING.matcher(text);
      if (matcher.find()) {
        Optional<URI> link = Links.resolve(null, trimPunctuation(matcher.group()));
        if (link.isPresent()) {
          return link;
        }
      }
    }
    return Optional.empty();
  }

  /** A location that is nothing but an https link is where the event happens online. */
  static Optional<URI> whole(String location) {
    if (location == null) {
      return Optional.empty();
    }
    Matcher matcher = ONLY_URL.matcher(location);
    return matcher.matches() ? Links.resolve(null, matcher.group(1)) : Optional.empty();
  }

  private static String trimPunctuation(String link) {
    return link.replaceAll("[.,;:!?]+$", "");
  }
}
