package io.invito.contact;

import java.util.List;

/**
 * A person an import adds, with what invito filled in for them and what each value rests on, in the
 * order it was decided.
 *
 * @param line the export's line the person came from
 * @param id the id the new row got
 */
public record GuessedPerson(String file, long line, String id, List<ImportFinding> because) {
  public GuessedPerson {
    because = List.copyOf(because);
  }
}
