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
      site.text(
          "/feed.xml",
          "application/rss+xml",
          "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
              + "<item><title>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; Webinar</title>"
              + "<link>"
              + site.uri("/e1")
              + "</link><description>Webinar online il 10 dicembre 2026 alle 18</description>"
              + "</item></channel></rss>");
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
      browser.submit("form[action='/sources/preview'] button");
      assertThat(browser.find(".item-title").getText()).contains("<script>alert(1)</script>");
      assertThat(Files.readString(file)).isEqualTo(before);
      browser.assertAccessible();
      browser.submit(".source-confirm button");
      assertThat(browser.find(".notice").getText()).contains("sources.yaml");
      assertThat(Files.readString(file))
          .startsWith(before)
          .contains(site.uri("/feed.xml").toString());
      browser.submit("#source-old .toggle");
      assertThat(browser.find("#source-old").getText()).contains("disattivata da te");
      assertThat(Files.readString(file))
          .contains("  - id: old\n    url: https://example.org/feed  # mine\n    enabled: false\n");
      browser.screenshot(Path.of("docs", "desk", "sources.png"));
    }
  }

  /** A page that names its own feed: the preview offers the feed, which is previewed and added. */
  @Test
  void aPageThatAnnouncesItsFeedOffersTheFeedInsteadInEnglish() throws Exception {
    try (TestServer site = new TestServer()) {
      site.text(
          "/feed.xml",
          "application/rss+xml",
          "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
              + "<item><title>Webinar: cloud security</title><link>"
              + site.uri("/e1")
              + "</link><description>Online webinar on 10 December 2026 at 6 pm</description>"
              + "</item></channel></rss>");
      site.text(
          "/events",
          "text/html; charset=utf-8",
          "<html lang=\"en\"><head><title>Events</title><link rel=\"alternate\""
              + " type=\"application/rss+xml\" title=\"<b>Events</b> feed\""
              + " href=\"/feed.xml\"></head><body><p>Our events</p></body></html>");
      Path config = temp.resolve("config");
      ConfigFolder.at(config).fetchFromLoopback().load();
      Path yaml = config.resolve("invito.yaml");
      Files.writeString(yaml, Files.readString(yaml).replace("language: it", "language: en"));
      browser.start(io.invito.config.ConfigLoader.load(config));
      Path file = config.resolve("sources.yaml");
      browser.open("/sources");
      browser.find("#add-url").sendKeys(site.uri("/events").toString());
      browser.submit("form[action='/sources/preview'] button");

      assertThat(browser.find("#announced").getText())
          .contains("better source")
          .contains(site.uri("/feed.xml").toString())
          .contains("<b>Events</b> feed");
      browser.assertAccessible();
      browser.submit("#announced button");

      assertThat(browser.find(".item-title").getText()).isEqualTo("Webinar: cloud security");
      assertThat(browser.findAll("#announced")).isEmpty();
      browser.submit(".source-confirm button");
      assertThat(Files.readString(file)).contains(site.uri("/feed.xml").toString());
    }
  }

  /**
   * In English: a page read with selectors typed on the desk, previewed, then saved into the
   * source's entry in place; a selector jsoup cannot read and an address that is not http(s) are
   * named on the page and nothing is written.
   */
  @Test
  void selectorsAreEditedWithAPreviewAndBadInputIsNamedWithNothingWrittenInEnglish()
      throws Exception {
    try (TestServer site = new TestServer()) {
      site.text(
          "/agenda",
          "text/html",
          "<html lang=\"en\"><body><h1>Agenda</h1>"
              + "<div class=\"card\"><h3 class=\"name\">Cloud costs webinar</h3>"
              + "<span class=\"when\">2026-12-10T18:00:00+01:00</span>"
              + "<a class=\"more\" href=\"/cloud\">more</a></div>"
              + "<div class=\"card\"><h3 class=\"name\">Export workshop</h3>"
              + "<span class=\"when\">2026-12-11T10:00:00+01:00</span>"
              + "<a class=\"more\" href=\"/export\">more</a></div>"
              + "</body></html>");
      Path config = temp.resolve("config");
      ConfigFolder folder =
          ConfigFolder.at(config)
              .fetchFromLoopback()
              .sources(
                  "  # the association's agenda\n  - id: agenda\n    url: "
                      + site.uri("/agenda")
                      + "   # no markup\n");
      folder.write();
      Path yaml = config.resolve("invito.yaml");
      Files.writeString(yaml, Files.readString(yaml).replace("language: it", "language: en"));
      browser.start(io.invito.config.ConfigLoader.load(config));
      Path file = config.resolve("sources.yaml");
      String before = Files.readString(file);

      browser.open("/sources");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
      browser.find("#add-url").sendKeys("ftp://example.org/feed");
      browser.submit("form[action='/sources/preview'] button");
      assertThat(browser.find("#add-error").getText()).contains("ftp://example.org/feed");
      assertThat(Files.readString(file)).isEqualTo(before);

      browser.open("/sources/agenda/selectors");
      browser.find("#sel-item").sendKeys("div[");
      browser.submit("button[value='save']");
      assertThat(browser.find("#selectors-error").getText()).contains("div[");
      assertThat(Files.readString(file)).isEqualTo(before);

      browser.find("#sel-item").clear();
      browser.find("#sel-item").sendKeys("div.card");
      browser.find("#sel-title").clear();
      browser.find("#sel-title").sendKeys("h3.name");
      browser.find("#sel-date").clear();
      browser.find("#sel-date").sendKeys("span.when");
      browser.find("#sel-link").clear();
      browser.find("#sel-link").sendKeys("a.more");
      browser.submit("button[value='preview']");
      assertThat(browser.findAll(".item-title"))
          .extracting(element -> element.getText())
          .contains("Cloud costs webinar", "Export workshop");
      assertThat(Files.readString(file)).isEqualTo(before);
      browser.assertAccessible();

      browser.submit("button[value='save']");
      assertThat(browser.find(".notice, #selectors-error").getAttribute("class"))
          .as(browser.find("main").getText())
          .isEqualTo("notice");
      String after = Files.readString(file);
      assertThat(after)
          .startsWith("sources:\n  # the association's agenda\n  - id: agenda\n    url: ")
          .contains("   # no markup\n")
          .contains("div.card", "h3.name", "span.when", "a.more");
      assertThat(io.invito.config.ConfigLoader.load(config).sources().get(0).selectors())
          .as("the saved selectors are what the loader reads back")
          .isPresent();
    }
  }
}
