package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The difference the draft page shows between the owner's text and invito's new one. */
class LineDiffTest {
  @Test
  void keepsCommonLinesAndMarksTheOwnersAndTheNewOnes() {
    List<LineDiff.Line> lines =
        LineDiff.between(
            "Ciao Marco,\nGiovedì alle 18\nA presto", "Ciao Marco,\nGiovedì alle 20\nA presto");

    assertThat(lines)
        .containsExactly(
            new LineDiff.Line("same", "Ciao Marco,"),
            new LineDiff.Line("del", "Giovedì alle 18"),
            new LineDiff.Line("ins", "Giovedì alle 20"),
            new LineDiff.Line("same", "A presto"));
  }

  @Test
  void equalTextsHaveNoChangedLine() {
    assertThat(LineDiff.between("a\nb", "a\nb"))
        .extracting(LineDiff.Line::kind)
        .containsOnly("same");
  }
}
