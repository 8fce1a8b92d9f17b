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

  /**
   * The one thing that needs JavaScript: LinkedIn takes no text in a link, so the note has a button
   * that copies it; the clipboard then holds exactly the note. The English draft page passes axe.
   */
  @Test
  void aLinkedInNoteIsCopiedByItsButton() throws Exception {
    DemoData.Made demo = DemoData.make(temp, "en", TODAY);
    browser.start(demo.config());
    browser
        .driver()
        .findElement(
            org.openqa.selenium.By.xpath(
                "//li[@data-contact='james-okafor']//ul[@class='drafts']//a[.='LinkedIn note']"))
        .click();
    assertThat(browser.find("h2#draft-heading").getText()).startsWith("LinkedIn note");
    String note = browser.find("#text").getAttribute("value");
    ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Browser.grantPermissions",
            java.util.Map.of(
                "origin",
                browser.origin(),
                "permissions",
                java.util.List.of("clipboardReadWrite", "clipboardSanitizedWrite")));

    browser.find("#copy").click();

    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(20))
        .until(driver -> "true".equals(browser.find("#copy").getAttribute("data-copied")));
    assertThat(browser.find("#copy").getText()).isEqualTo("Copied");
    Object copied =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });");
    assertThat(copied).isEqualTo(note);
    browser.shot("linkedin");
    browser.assertAccessible();
  }
}
