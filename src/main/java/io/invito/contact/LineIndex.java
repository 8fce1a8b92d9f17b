package io.invito.contact;

import java.util.Arrays;

/**
 * Finds the physical line of a character offset in a text. Commons CSV numbers records, not lines,
 * and a quoted value may span lines, so problems would otherwise point at the wrong line.
 */
final class LineIndex {
  private final String text;
  private final int[] lineStarts;

  LineIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      boolean lineEnd =
          character == '\n'
              || (character == '\r'
                  && (index + 1 == text.length() || text.charAt(index + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = index + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /**
   * The 1-based line of the first character at or after {@code offset} that is not a line end:
   * Commons CSV reports a record's position before the empty lines it skipped.
   */
  long lineAt(long offset) {
    int position = (int) Math.min(offset, text.length());
    while (position < text.length()
        && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
      position++;
    }
    int found = Arrays.binarySearch(lineStarts, position);
    return found >= 0 ? found + 1 : -found - 1;
  }
}
