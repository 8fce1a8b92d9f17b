package io.invito.testing;

import io.invito.config.OpmlReader;
import io.invito.config.Source;

/** Reads an OPML entry back as the source it was written from, for round-trip assertions. */
public final class OpmlEntries {
  private OpmlEntries() {}

  /** The source whose id is the entry's title, as {@code OpmlWriter} writes a source's id. */
  public static Source asSource(OpmlReader.Entry entry) {
    return Source.of(entry.title(), entry.url(), entry.type())
        .withLanguage(entry.language())
        .withZone(entry.zone())
        .withTags(entry.tags())
        .withFollow(entry.follow());
  }
}
