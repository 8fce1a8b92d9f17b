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
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");
  private static final Pattern ONLY_URL = Pattern.compile("^\\s*(https://\\S+)\\s*$");

  private JoinLinks() {}

  /** The first known-platform meeting link in any of the texts. */
  static Optional<URI> find(String... texts) {
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      Matcher matcher = MEETING.matcher(text);
      if (findMeeting(text, matcher)) {
        Optional<URI> link = Links.resolve(null, trimPunctuation(matcher.group()));
        if (link.isPresent()) {
          return link;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the first meeting link as {@code matcher.find()} would, trying only where "https" comes
   * right before a "://": the case-insensitive alternation tried at every character was a tenth of
   * a feed's reading time.
   */
  private static boolean findMeeting(String text, Matcher matcher) {
    for (int at = text.indexOf("://", 5); at >= 0; at = text.indexOf("://", at + 3)) {
      if (text.regionMatches(true, at - 5, "https", 0, 5)
          && matcher.region(at - 5, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
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
    return TRAILING_PUNCTUATION.matcher(link).replaceAll("");
  }
}
