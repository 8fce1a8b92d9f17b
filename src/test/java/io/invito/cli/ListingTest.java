package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListingTest {
  @Test
  void putsACellOnOneLineAsTheRegexDid() {
    String[] cells = {
      "",
      " ",
      "plain title",
      "  two  spaces  ",
      "tab\there",
      "line\r\nbreak",
      "vertical\u000Btab and\fform feed",
      "no-break\u00A0space kept inside\u00A0",
      "\u2003em space at the ends\u2003",
      "trailing space ",
      " leading",
      "a \tb",
      "x\u2028y"
    };
    for (String cell : cells) {
      assertThat(Listing.oneLine(cell))
          .as("%s", cell)
          .isEqualTo(cell.replaceAll("\\s+", " ").strip());
    }
  }
}
