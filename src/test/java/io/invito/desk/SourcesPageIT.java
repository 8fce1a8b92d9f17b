package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.testing.ConfigFolder;
import io.invito.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sources page in Chromium: a loopback feed previewed (its script title as text), then added.
 */
class SourcesPageIT {
  @RegisterExtension final DeskBrowser browser = new DeskBrowser();
  @TempDir Path temp;

  @Test
  void aFeedIsPreviewedThenAddedInPlaceInItalian() throws Exception {
    try (TestServer site = new TestServer()) {
      site.route(
          "/feed.xml",
          exchange ->
              TestServer.send(
                  exchange,
                  200,
                  "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                      + "<item><title>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; Webinar</title>"
                      + "<link>"
                      + site.uri("/e1")
                      + "</link><description>Webinar online il 10 dicembre 2026 alle 18</description>"
                      + "</item></channel></rss>",
                  "Content-Type",
                  "application/rss+xml"));
      ConfigFolder folder =
          ConfigFolder.at(temp.resolve("config"))
              .fetchFromLoopback()
              .sources("  - id: old\n    url: https://example.org/feed  # mine\n");
      browser.start(folder.load());
      Path file = temp.resolve("config/sources.yaml");
      String before = Files.readString(file);
      browser.open("/sources");
      assertThat(browser.find("#source-old").getText()).contains("old");
      browser.find("#add-url").sendKeys(site.uri("/feed.xml").toString());
      browser.find("form[action='/sources/preview'] button").click();
      assertThat(browser.find(".item-title").getText()).contains("<script>alert(1)</script>");
      assertThat(Files.readString(file)).isEqualTo(before);
      browser.assertAccessible();
      browser.find(".source-confirm button").click();
      assertThat(browser.find(".notice").getText()).contains("sources.yaml");
      assertThat(Files.readString(file))
          .startsWith(before)
          .contains(site.uri("/feed.xml").toString());
      browser.find("#source-old .toggle").click();
      assertThat(browser.find("#source-old").getText()).contains("disattivata da te");
      assertThat(Files.readString(file))
          .contains("  - id: old\n    url: https://example.org/feed  # mine\n    enabled: false\n");
      browser.screenshot(Path.of("docs", "desk", "sources.png"));
    }
  }
}
