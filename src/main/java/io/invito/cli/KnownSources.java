package io.invito.cli;

import io.invito.config.Source;
import io.invito.config.SourceIds;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The URLs and ids sources.yaml already uses, and those given to sources being added, so that
 * {@code sources add} and {@code sources import} add no URL twice and reuse no id.
 */
final class KnownSources {
  private final Set<URI> urls = new HashSet<>();
  private final Set<String> ids = new HashSet<>();

  KnownSources(List<Source> configured) {
    for (Source source : configured) {
      urls.add(source.url());
      ids.add(source.id());
    }
  }

  /** Claims the URL for a new source; false when a source has it already. */
  boolean claimUrl(URI url) {
    return urls.add(url);
  }

  boolean hasId(String id) {
    return ids.contains(id);
  }

  /** Claims an id the user chose (already checked to be free). */
  String claimId(String id) {
    ids.add(id);
    return id;
  }

  /** Claims a new id made from the title, else the URL, unlike every id claimed so far. */
  String proposeId(String title, URI url) {
    return claimId(SourceIds.propose(title, url, ids));
  }
}
