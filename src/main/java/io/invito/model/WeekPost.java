package io.invito.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The week's public post as written beside the digest: the LinkedIn text, a short form for other
 * networks, and the events it shares.
 *
 * @param markdown the page with both forms, relative to the output folder
 * @param text the LinkedIn text ready to paste, relative to the output folder
 */
public record WeekPost(
    Week week, List<String> eventIds, String linkedin, String shortForm, Path markdown, Path text) {

  public WeekPost {
    eventIds = List.copyOf(eventIds);
  }
}
