package io.invito.model;

import java.util.Optional;

/** The HTTP cache validators a server sent for a URL, sent back on the next conditional GET. */
public record Validators(Optional<String> etag, Optional<String> lastModified) {
  public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());
}
