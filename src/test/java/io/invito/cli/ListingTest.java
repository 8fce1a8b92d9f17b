package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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

  @Test
  void alignsColumnsEndsLinesWithTheirTextAndPutsDetailsAndFooterUnder() {
    OwnerTime rome = new OwnerTime(ZoneId.of("Europe/Rome"));
    Instant evening = Instant.parse("2026-12-03T17:00:00Z");
    Listing listing =
        new Listing(
                rome,
                Listing.Column.of("WHEN"),
                new Listing.Column("TITLE", 8),
                Listing.Column.of("TAGS"))
            .footer("2 rows");
    listing
        .row(evening, "Corso Excel avanzato", List.of("excel"))
        .detail("note", "note: ", "left out");
    listing.row(evening, "AI", List.of("ai", "pmi")).detail("none", "none: ", Optional.empty());
    listing.row(Optional.empty(), "\u2003", List.of());
    StringWriter text = new StringWriter();

    listing.print(new PrintWriter(text), new ListFormat());

    assertThat(text.toString())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "WHEN                     TITLE     TAGS",
                "2026-12-03 18:00 +01:00  Corso E\u2026  excel",
                "    note: left out",
                "2026-12-03 18:00 +01:00  AI        ai; pmi",
                // A cell of white space alone is empty once on one line.
                "-" + " ".repeat(34) + "-",
                "2 rows",
                ""));
  }
}
