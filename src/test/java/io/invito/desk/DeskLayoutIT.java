package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.cli.DemoData;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The desk's layout in Chromium on the demo's data, in both of the owner's languages: the token
 * address logs in and leaves the address bar, the navigation names the pages in the owner's words,
 * and axe finds no serious or critical problem.
 */
class DeskLayoutIT {
  static final Instant TODAY = Instant.parse("2026-12-02T09:00:00Z");

  @RegisterExtension final DeskBrowser browser = new DeskBrowser();
  @TempDir Path temp;

  @Test
  void theWeekInItalianLogsInWithTheTokenAndPassesAxe() throws Exception {
    DemoData.Made demo = DemoData.make(temp, "it", TODAY);
    browser.start(demo.config());

    assertThat(browser.driver().getCurrentUrl())
        .as("the token left the address bar")
        .isEqualTo(browser.origin() + "/");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("it");
    assertThat(browser.find("nav a[aria-current=page]").getText()).isEqualTo("Questa settimana");
    assertThat(browser.find("h1").getText()).isEqualTo("Questa settimana");
    assertThat(browser.findAll("article.event")).isNotEmpty();
    browser.assertAccessible();
  }

  @Test
  void theWeekInEnglishReadsInEnglishAndPassesAxe() throws Exception {
    DemoData.Made demo = DemoData.make(temp, "en", TODAY);
    browser.start(demo.config());

    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findAll("nav a")).extracting(WebElement::getText).contains("This week");
    assertThat(browser.find(".week-nav strong").getText()).isEqualTo("Week " + demo.week());
    assertThat(browser.findAll("article.event")).isNotEmpty();
    browser.assertAccessible();
  }
}
