package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Config;
import io.invito.model.Week;
import io.invito.store.Store;
import io.invito.testing.ConfigFolder;
import io.invito.testing.EventBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a feed wrote is shown as text on the desk, never run: a title carrying a script, an
 * organiser carrying an image with a handler, a description carrying markup. Chromium builds the
 * page; the test reads the DOM it built, and the page passes axe.
 */
class DeskEscapingIT {
  static final String SCRIPT = "<script>document.body.setAttribute('data-pwned','script')</script>";
  static final String ONERROR =
      "<img src=x onerror=\"document.body.setAttribute('data-pwned','onerror')\">";

  @RegisterExtension final DeskBrowser browser = new DeskBrowser();
  @TempDir Path temp;

  @Test
  void aFeedItemCarryingAScriptShowsAsText() throws Exception {
    Config config = ConfigFolder.at(temp.resolve("config")).contacts(ConfigFolder.ANNA).load();
    String title = "Webinar " + SCRIPT;
    try (Store store = Store.open(config.storeUrl())) {
      store
          .events()
          .upsert(
              List.of(
                  EventBuilder.webinar()
                      .id("ev-hostile")
                      .title(title)
                      .organizer("Org " + ONERROR)
                      .description("<b>bold</b> " + SCRIPT)
                      .build()),
              Instant.parse("2026-11-30T08:00:00Z"));
    }
    browser.start(config);
    Week week = Week.of(EventBuilder.NEXT_WEEK.toLocalDate());

    browser.open("/?week=" + week);

    assertThat(browser.find("#event-ev-hostile .title").getText()).isEqualTo(title);
    assertThat(browser.find("#event-ev-hostile .facts").getText()).contains("Org " + ONERROR);
    assertThat(browser.find("body").getAttribute("data-pwned")).isNull();
    assertThat(browser.findAll("#event-ev-hostile script, #event-ev-hostile img")).isEmpty();
    browser.assertAccessible();
  }
}
