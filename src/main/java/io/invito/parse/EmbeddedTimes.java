package io.invito.parse;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start and end an event platform writes into the HTML it publishes, as attributes of one
 * element: Discourse's event plugin gives {@code data-start="2026-08-15 14:00" data-end="…"
 * data-timezone="Asia/Calcutta"}, and feeds carry that HTML escaped inside an item's content.
 */
final class EmbeddedTimes {
  private static final Pattern TAG =
      Pattern.compile("<[a-zA-Z][^<>]*\\sdata-start\\s*=\\s*[\"']([^\"']+)[\"'][^<>]*>");
  private static final Pattern END = Pattern.compile("\\sdata-end\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern ZONE =
      Pattern.compile("\\sdata-timezone\\s*=\\s*[\"']([^\"']+)[\"']");

  private EmbeddedTimes() {}

  static Optional<TextDates.Found> find(String html, Optional<ZoneId> sourceZone) {
    if (html.indexOf("data-start") < 0) {
      return Optional.empty();
    }
    Matcher tag = TAG.matcher(html);
    if (!tag.find()) {
      return Optional.empty();
    }
    Matcher zone = ZONE.matcher(tag.group());
    Optional<ZoneId> stated = zone.find() ? Timed.findZone(zone.group(1)) : Optional.empty();
    Optional<Timed> start = read(tag.group(1), stated, sourceZone);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    Matcher end = END.matcher(tag.group());
    return Optional.of(
        new TextDates.Found(
            start.get(), end.find() ? read(end.group(1), stated, sourceZone) : Optional.empty()));
  }

  private static Optional<Timed> read(
      String written, Optional<ZoneId> stated, Optional<ZoneId> sourceZone) {
    Optional<IsoTimes.Parts> parts = IsoTimes.parts(written);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    if (parts.get().offset().isEmpty() && parts.get().time().isPresent() && stated.isPresent()) {
      LocalDateTime local = parts.get().time().get();
      return Optional.of(Timed.inZone(local, stated.get()));
    }
    return IsoTimes.read(written, sourceZone);
  }
}
