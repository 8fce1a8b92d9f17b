package io.invito.desk;

import io.invito.config.SelectorRules;
import io.invito.config.Source;
import io.invito.config.SourceType;
import io.invito.parse.EventJson;
import io.invito.pipeline.SourceTrial;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a source would give, read now by the code of {@code invito sources test} ({@link
 * SourceTrial}) and shown before anything is written: each item's title and time and whether it is
 * an event or why not, the fetch's error, the reader's warnings, and the proposed selectors.
 *
 * @param format what the body turned out to be ({@code rss}, {@code html}...); empty when unread
 * @param type the source type the format suggests, for the add form
 * @param suggestion the selectors SelectorSuggester proposes for a page that gave no event
 * @param announced the feeds and calendars the page links to, each to be previewed in its turn
 */
public record SourcePreview(
    String url,
    Optional<String> format,
    String type,
    Optional<String> error,
    List<String> warnings,
    List<Item> items,
    long events,
    Optional<SelectorRules> suggestion,
    int suggestedEvents,
    List<Announced> announced) {

  public SourcePreview {
    warnings = List.copyOf(warnings);
    items = List.copyOf(items);
    announced = List.copyOf(announced);
  }

  /** A feed or calendar the page links to; its title is the page's words, escaped. */
  public record Announced(String url, String type, String title) {}

  /** One item; every text here came from the source and is escaped by the template. */
  public record Item(String title, String start, boolean event, String verdict) {}

  static SourcePreview of(SourceTrial trial, ZoneId ownerZone) {
    Optional<ZoneId> zone = trial.source().zone().or(() -> Optional.of(ownerZone));
    List<Item> items =
        trial.items().stream()
            .map(
                item -> {
                  Map<String, String> fields = EventJson.fields(item.raw(), zone);
                  return new Item(
                      item.raw().title(),
                      fields.getOrDefault("start", ""),
                      item.event().isPresent(),
                      item.event()
                          .map(
                              event ->
                                  event.attendance().name().toLowerCase(Locale.ROOT)
                                      + " · "
                                      + String.join(
                                          ", ",
                                          event.kinds().stream()
                                              .map(k -> k.name().toLowerCase(Locale.ROOT))
                                              .sorted()
                                              .toList()))
                          .orElseGet(() -> item.rejection().orElse("?")));
                })
            .toList();
    return new SourcePreview(
        trial.source().url().toString(),
        trial.format(),
        type(trial.format(), trial.source().type()),
        trial.error(),
        trial.warnings(),
        items,
        items.stream().filter(Item::event).count(),
        trial.suggestion().map(found -> found.rules()),
        trial.suggestion().map(found -> found.events()).orElse(0),
        trial.announced().stream()
            .map(
                found ->
                    new Announced(
                        found.url().toString(),
                        found.type().name().toLowerCase(Locale.ROOT),
                        found.title()))
            .toList());
  }

  /** The type to add the source as: what its bytes turned out to be, else what it was. */
  private static String type(Optional<String> format, SourceType declared) {
    SourceType type =
        format
            .map(
                name ->
                    switch (name) {
                      case "ics" -> SourceType.ICS;
                      case "html" -> SourceType.PAGE;
                      default -> SourceType.FEED;
                    })
            .orElse(declared);
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** The source as the preview read it, for the forms that follow. */
  static Source adHoc(String id, java.net.URI url, SourceType type) {
    return Source.of(id, url, type);
  }
}
