package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invito extract FOLDER} reads files on every core and prints them in the files' sorted
 * order all the same, a large file first included.
 */
class ExtractOrderTest {
  @TempDir Path dir;

  private static String feed(int number, int items) {
    StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel><title>Eventi</title>");
    for (int item = 0; item < items; item++) {
      feed.append("<item><guid>f")
          .append(number)
          .append('-')
          .append(item)
          .append("</guid><title>Webinar ")
          .append(number)
          .append("</title><description>il 10/12/2026 alle 17:30</description></item>");
    }
    return feed.append("</channel></rss>").toString();
  }

  @Test
  void printsEachFilesEventsInTheFilesSortedOrder() throws IOException {
    List<String> expected = new ArrayList<>();
    for (int number = 0; number < 30; number++) {
      // The first file is by far the largest: it finishes last if files are read in parallel.
      int items = number == 0 ? 1_500 : 3;
      Files.writeString(dir.resolve("feed-%02d.xml".formatted(number)), feed(number, items));
      for (int item = 0; item < items; item++) {
        expected.add("\"uid\":\"f" + number + "-" + item + "\"");
      }
    }

    CliRun result = CliRun.invito("extract", dir.toString());

    assertThat(result.code()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(expected.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).as("line " + i).contains(expected.get(i));
    }
  }
}
