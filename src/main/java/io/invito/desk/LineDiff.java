package io.invito.desk;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts line by line (longest common subsequence), to show the owner
 * what invito would write now beside the text they wrote. Drafts are a few dozen lines, so the
 * quadratic table costs nothing.
 */
public final class LineDiff {
  private LineDiff() {}

  /** A line of the difference: kept in both, only in the owner's text, or only in the new one. */
  public record Line(String kind, String text) {}

  static List<Line> between(String mine, String theirs) {
    String[] a = mine.split("\n", -1);
    String[] b = theirs.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add(new Line("same", a[i++]));
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        lines.add(new Line("del", a[i++])); // the owner's line first, then what replaces it
      } else {
        lines.add(new Line("ins", b[j++]));
      }
    }
    return lines;
  }
}
