package io.invito.config;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes ids for sources added from the command line or an OPML file: short, readable, valid for
 * sources.yaml, and not yet taken ({@code "Eventi & Corsi"} → {@code eventi-corsi}, then {@code
 * eventi-corsi-2}).
 */
public final class SourceIds {
  private static final int MAX = 48; // room for a "-NN" suffix within the 64 allowed
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private SourceIds() {}

  /**
   * The title itself when it is already a valid, free id (an OPML file invito exported names its
   * outlines by id), else one made from the title, or from the URL's host and path when the title
   * has no letters or digits.
   */
  public static String propose(String title, URI url, Set<String> taken) {
    if (VALID.matcher(title).matches() && !taken.contains(title)) {
      return title;
    }
    String base = slug(title);
    if (base.isEmpty()) {
      String host = url.getHost() == null ? "" : url.getHost().replaceFirst("^www\\.", "");
      base = slug(host + " " + (url.getPath() == null ? "" : url.getPath()));
    }
    if (base.isEmpty()) {
      base = "source";
    }
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** Whether the text may be a source's id in sources.yaml. */
  public static boolean valid(String id) {
    return VALID.matcher(id).matches();
  }

  /** Lower-case ASCII letters and digits joined by single dashes: accents folded, rest dropped. */
  static String slug(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (folded.length() > MAX) {
      folded = folded.substring(0, MAX).replaceAll("-+$", "");
    }
    return folded;
  }
}
