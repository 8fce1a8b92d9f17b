package io.invito.model;

import java.util.List;

/** A contact who suits an event, how well, and why. */
public record Match(String eventId, String contactId, double score, List<Reason> reasons) {

  public Match {
    reasons = List.copyOf(reasons);
  }
}
