package io.invito.event;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites a URL to the one form every copy of it shares, so the same event linked from a feed, a
 * newsletter and a calendar is recognised as one: https, lower-case host without {@code www.}, no
 * default port, fragment, trailing slash, tracking or session parameters, and sorted parameters.
 * The result is for comparing and hashing; links shown to people keep their original form.
 */
public final class UrlCanonicalizer {
  /** Parameters that say who clicked or which session, never which page. */
  private static final Set<String> NOISE =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "msclkid",
          "yclid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "_hsenc",
          "_hsmi",
          "jsessionid",
          "phpsessid",
          "sid",
          "sessionid",
          "session_id",
          "aspsessionid",
          "cfid",
          "cftoken");

  private static final Pattern PATH_SESSION =
      Pattern.compile(";jsessionid=[^/?#]*", Pattern.CASE_INSENSITIVE);

  private UrlCanonicalizer() {}

  /** The canonical form; a URL that is not http(s) or has no host is returned unchanged. */
  public static URI canonicalize(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      return url;
    }
    String host = url.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = url.getPort();
    boolean defaultPort = port == -1 || port == 443 || scheme.equals("http") && port == 80;
    String path =
        url.getRawPath() == null ? "" : PATH_SESSION.matcher(url.getRawPath()).replaceAll("");
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    StringBuilder canonical = new StringBuilder("https://");
    if (url.getRawUserInfo() != null) {
      canonical.append(url.getRawUserInfo()).append('@');
    }
    canonical.append(host);
    if (!defaultPort) {
      canonical.append(':').append(port);
    }
    canonical.append(path);
    String query = query(url.getRawQuery());
    if (!query.isEmpty()) {
      canonical.append('?').append(query);
    }
    return URI.create(canonical.toString());
  }

  /**
   * The same URL without tracking parameters and fragment-free, but with its own scheme and host:
   * safe to show and to open, since not every site answers on https or without {@code www.}.
   */
  static URI clean(URI url) {
    if (url.getRawQuery() == null || url.getHost() == null) {
      return url;
    }
    String query = query(url.getRawQuery());
    String text = url.toString();
    int cut = text.indexOf('?');
    int fragment = text.indexOf('#', cut);
    String tail = fragment < 0 ? "" : text.substring(fragment);
    return URI.create(text.substring(0, cut) + (query.isEmpty() ? "" : "?" + query) + tail);
  }

  private static String query(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String parameter : rawQuery.split("&")) {
      if (parameter.isEmpty()) {
        continue;
      }
      String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!name.startsWith("utm_") && !NOISE.contains(name)) {
        kept.add(parameter);
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }
}
