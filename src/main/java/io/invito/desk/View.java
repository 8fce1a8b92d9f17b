package io.invito.desk;

import io.invito.digest.Labels;
import java.util.List;

/**
 * What the layout of every page needs: the words of the owner's language, the session's CSRF token,
 * the navigation and the page's title.
 */
public record View(Labels labels, String csrf, List<NavLink> nav, String title) {
  public View {
    nav = List.copyOf(nav);
  }

  /** A label, with {0}, {1}... filled in. */
  public String t(String key, Object... arguments) {
    return labels.get(key, arguments);
  }

  /** The page's language, for {@code <html lang>}. */
  public String lang() {
    return labels.language().code();
  }

  /** The header htmx sends with every request it makes, so its changes carry the CSRF token. */
  public String csrfHeaders() {
    return "{\"" + Guard.CSRF_HEADER + "\": \"" + csrf + "\"}";
  }

  /** The CSRF form field's name, for the hidden input of every form. */
  public String csrfField() {
    return Guard.CSRF_FIELD;
  }

  /** A link of the navigation, and whether it is the page shown. */
  public record NavLink(String href, String label, boolean current) {}
}
