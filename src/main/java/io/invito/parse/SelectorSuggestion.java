package io.invito.parse;

import io.invito.config.SelectorRules;

/**
 * Selector rules proposed for a page whose events invito cannot read by itself, with how many dated
 * events they give on it, for the user to paste into {@code sources.yaml}.
 */
public record SelectorSuggestion(SelectorRules rules, int events) {

  /** The rules as the {@code selectors:} entry of a source in {@code sources.yaml}. */
  public String yaml() {
    StringBuilder out = new StringBuilder("selectors:\n");
    out.append("  item: ").append(quoted(rules.item())).append('\n');
    rules.title().ifPresent(css -> out.append("  title: ").append(quoted(css)).append('\n'));
    rules.date().ifPresent(css -> out.append("  date: ").append(quoted(css)).append('\n'));
    rules.link().ifPresent(css -> out.append("  link: ").append(quoted(css)).append('\n'));
    return out.toString();
  }

  private static String quoted(String css) {
    return "'" + css.replace("'", "''") + "'";
  }
}
