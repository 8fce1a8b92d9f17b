package io.invito.desk;

import io.invito.config.SelectorRules;
import java.util.Optional;

/** The four selectors as typed in the form; blank when not given. */
public record SelectorFields(String item, String title, String date, String link) {
  static SelectorFields of(Optional<SelectorRules> rules) {
    return rules
        .map(
            r ->
                new SelectorFields(
                    r.item(), r.title().orElse(""), r.date().orElse(""), r.link().orElse("")))
        .orElse(new SelectorFields("", "", "", ""));
  }

  /** The fields of a proposal, to fill the form with. */
  public static SelectorFields of(SelectorRules rules) {
    return of(Optional.of(rules));
  }
}
