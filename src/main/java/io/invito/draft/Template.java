package io.invito.draft;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.StringSubstitutor;

/**
 * One checked template: its lines and the variables each line uses.
 *
 * @param name the file as the user knows it, {@code templates/it/email.txt}, for messages
 */
record Template(String name, List<Line> lines) {

  /** A template line and the variables in it, found once at load. */
  record Line(String text, Set<String> variables) {}

  Template {
    lines = List.copyOf(lines);
  }

  /**
   * Fills in the values. A line whose variables all render empty is dropped (so "Organizer:
   * ${organizer}" disappears when the organizer is unknown), and runs of blank lines left behind
   * collapse to one.
   */
  String render(Map<String, String> values) {
    StringSubstitutor substitutor = substitutor(values);
    StringBuilder out = new StringBuilder();
    boolean lastBlank = true; // also drops blank lines at the top
    for (Line line : lines) {
      if (!line.variables().isEmpty()
          && line.variables().stream().allMatch(name -> values.get(name).isEmpty())) {
        continue;
      }
      String rendered = substitutor.replace(line.text()).stripTrailing();
      boolean blank = rendered.isEmpty();
      if (blank && lastBlank) {
        continue;
      }
      out.append(rendered).append('\n');
      lastBlank = blank;
    }
    while (out.length() > 1 && out.charAt(out.length() - 2) == '\n') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /**
   * A substitutor that only ever looks names up in the map. Values are inserted literally, never
   * scanned again, so {@code ${env:HOME}} in a feed's title stays text and nothing can loop; there
   * are no lookups (Commons Text's interpolator would resolve env, file and script) and no {@code
   * :-} defaults.
   */
  private static StringSubstitutor substitutor(Map<String, String> values) {
    return new StringSubstitutor(values)
        .setEnableSubstitutionInVariables(false)
        .setDisableSubstitutionInValues(true)
        .setValueDelimiterMatcher(null)
        .setEnableUndefinedVariableException(true);
  }
}
