package io.invito.config;

import java.util.Objects;
import java.util.Optional;

/**
 * CSS selectors that pick the events out of a page with no event markup: each {@code item} is one
 * event, and the other selectors are looked up inside it.
 *
 * @param item the element of each event, e.g. {@code .agenda li}
 * @param title the event's name inside the item; the item's own text when empty
 * @param date the element whose text (or {@code datetime}/{@code content}) says when
 * @param link the link to the event's page; the item's first link when empty
 */
public record SelectorRules(
    String item, Optional<String> title, Optional<String> date, Optional<String> link) {

  public SelectorRules {
    Objects.requireNonNull(item, "item");
    title = Objects.requireNonNullElse(title, Optional.empty());
    date = Objects.requireNonNullElse(date, Optional.empty());
    link = Objects.requireNonNullElse(link, Optional.empty());
  }
}
