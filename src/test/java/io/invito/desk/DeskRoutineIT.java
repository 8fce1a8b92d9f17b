package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.cli.DemoData;
import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import io.invito.draft.DraftText;
import io.invito.match.Matcher;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.pipeline.Pipeline;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The weekly routine on the demo's data, clicked through in Chromium: read the week, open a
 * suggested contact's e-mail draft, edit it, follow its mailto: link (its decoded text is the
 * edited draft), mark it sent; then the next run keeps the per-contact pause from the time the desk
 * marked it sent. Screenshots of the pages are kept in {@code target/desk-screenshots/} (and in
 * {@code docs/desk/} when run with {@code -Ddesk.screenshots=docs/desk}).
 */
class DeskRoutineIT {
  static final Instant TODAY = Instant.parse("2026-12-02T09:00:00Z");
  static final String PS = "P.S. La aspetto anche al caffè dopo il webinar.";

  @RegisterExtension final DeskBrowser browser = new DeskBrowser();
  @TempDir Path temp;

  @Test
  void theWeeklyRoutineEndsWithTheEditedDraftSentAndThePauseKept() throws Exception {
    Path work = temp.resolve("demo");
    DemoData.Made demo = DemoData.make(work, "it", TODAY);
    // A pause of 36 h: long enough to hold from the desk's "sent", short enough to have ended
    // from the draft's creation by the next run, so the run shows which of the two counts.
    Path yaml = demo.config().directory().resolve(ConfigLoader.MAIN_FILE);
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace("  horizon: 14d\n", "  horizon: 14d\n  perContactPause: 36h\n"));
    Config loaded = ConfigLoader.load(demo.config().directory());
    Config config =
        loaded.with(demo.config().storeUrl(), demo.config().outputDir(), loaded.fetch());
    Instant sentAt = demo.runAt().plus(Duration.ofHours(26));
    browser.start(config, Clock.fixed(sentAt, ZoneOffset.UTC));

    // 1. The week: opportunities by day, each with facts and the people it suits, and why.
    assertThat(browser.findAll("section.day h2")).isNotEmpty();
    assertThat(browser.findAll("article.event dl.facts dt")).isNotEmpty();
    WebElement elena = browser.find("li.suggestion[data-contact=elena-conti]");
    assertThat(elena.findElement(org.openqa.selenium.By.cssSelector(".reasons")).getText())
        .isNotBlank();
    browser.shot("week");
    browser.assertAccessible();

    // Another suggestion is not for its person: said on the week, its drafts skipped. htmx
    // replaces that one row in place (the page is not loaded again: the mark set on it stays).
    WebElement other = browser.find("li.suggestion:not([data-contact=elena-conti])");
    String otherId = other.getAttribute("data-contact");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.body.setAttribute('data-same-page', 'yes')");
    other
        .findElement(org.openqa.selenium.By.cssSelector("button[value$='|NOT_FOR_PERSON']"))
        .click();
    WebElement decided =
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
            .until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.cssSelector(
                        "li.suggestion[data-contact=" + otherId + "] .decision-NOT_FOR_PERSON")));
    assertThat(browser.find("body").getAttribute("data-same-page")).isEqualTo("yes");
    assertThat(decided.getText()).isEqualTo("non fa per questa persona");
    assertThat(
            browser.findAll("li.suggestion[data-contact=" + otherId + "] .drafts .state").stream()
                .map(WebElement::getText)
                .distinct()
                .toList())
        .containsExactly("saltata");

    // 2. Her e-mail draft, edited in place.
    browser.submit("li.suggestion[data-contact=elena-conti] .drafts a");
    assertThat(browser.find("#state").getText()).isEqualTo("da inviare");
    String original = browser.find("#text").getAttribute("value");
    String edited = original.stripTrailing() + "\n\n" + PS + "\n";
    browser.find("#text").clear();
    browser.find("#text").sendKeys(edited);
    browser.submit("#save");
    assertThat(browser.find(".notice").getText()).contains("nuova revisione");
    assertThat(browser.find("#edited").getText()).isEqualTo("modificata da te");
    assertThat(browser.findAll("ol.history li")).hasSize(2);
    String id = browser.driver().getCurrentUrl().replaceAll(".*/drafts/([0-9a-f]+).*", "$1");
    browser.shot("draft");
    browser.assertAccessible();

    // 3. Its mailto: link carries exactly the edited text, as the draft file now holds it.
    String href = browser.find("#send").getAttribute("href");
    assertThat(href).startsWith("mailto:e.conti@example.it?");
    // RFC 6068 writes a body's line breaks as CRLF; a mail program shows them as the text's own.
    String body = decode(parameter(href, "body")).replace("\r\n", "\n");
    assertThat(body).isEqualTo(edited.replace("\r\n", "\n"));
    assertThat(body).contains(PS);
    Invitation draft = browser.pipeline().store().invitations().find(id).orElseThrow();
    assertThat(DraftText.read(config.outputDir().resolve(draft.path())).orElseThrow().body())
        .isEqualTo(body);

    // 4. Marked sent: the state says so on the draft and on the week.
    browser.submit("#mark-sent");
    assertThat(browser.find("#state").getText()).isEqualTo("inviata");
    browser.open("/?week=" + draft.week());
    assertThat(browser.find("li.suggestion[data-contact=elena-conti] .drafts .state").getText())
        .isEqualTo("inviata");
    browser.stopDesk();

    // 5. The next run, 38 h after the draft was made and 12 h after it was sent.
    Instant next = sentAt.plus(Duration.ofHours(12));
    try (Pipeline pipeline = Pipeline.open(config, Clock.fixed(next, ZoneOffset.UTC))) {
      Map<String, Instant> last = pipeline.store().invitations().lastInvitedByContactBefore(next);
      assertThat(last.get("elena-conti")).isEqualTo(sentAt);
      // Had the pause counted from the draft, this run would invite Elena again (another event
      // suits her):
      Map<String, Instant> fromDraft = Map.of("elena-conti", draft.createdAt());
      assertThat(wouldMatch(pipeline, next, fromDraft)).contains("elena-conti");
      List<Invitation> before = pipeline.store().invitations().all();

      pipeline.matchAndDraft(next);

      List<Invitation> after = pipeline.store().invitations().all();
      assertThat(ofElena(after)).isEqualTo(ofElena(before));
    }
  }

  @Test
  void anEventChangedUnderAnEditShowsWhatChangedAndGivesTheDraftBackToInvito() throws Exception {
    DemoData.Made demo = DemoData.make(temp.resolve("demo"), "en", TODAY);
    Config loaded = ConfigLoader.load(demo.config().directory());
    Config config =
        loaded.with(demo.config().storeUrl(), demo.config().outputDir(), loaded.fetch());
    Instant now = demo.runAt().plus(Duration.ofHours(1));
    browser.start(config, Clock.fixed(now, ZoneOffset.UTC));
    Pipeline pipeline = browser.pipeline();
    Invitation draft =
        pipeline.store().invitations().all().stream()
            .filter(invitation -> invitation.channel() == io.invito.model.Channel.EMAIL)
            .filter(invitation -> invitation.status() == Invitation.Status.DRAFTED)
            .filter(invitation -> eventOf(pipeline, invitation).start().isPresent())
            .findFirst()
            .orElseThrow();
    browser.open("/drafts/" + draft.id());
    assertThat(browser.findAll("#rewrite, #take")).as("nothing changed yet").isEmpty();
    browser.find("#text").clear();
    browser.find("#text").sendKeys("Hello, are you coming?\n");
    browser.submit("#save");

    // The event moves two hours later; the next run keeps the owner's text as the draft.
    io.invito.model.Event event = eventOf(pipeline, draft);
    java.time.ZonedDateTime start = event.start().orElseThrow().plusHours(2);
    io.invito.model.Event moved =
        io.invito.testing.EventBuilder.from(event)
            .start(start)
            .end(event.end().map(end -> end.plusHours(2)).orElse(start.plusHours(1)))
            .build();
    pipeline.store().events().upsert(List.of(moved), now.plusSeconds(60));
    pipeline.matchAndDraft(now.plusSeconds(120));
    browser.open("/drafts/" + draft.id());
    assertThat(browser.find("#text").getAttribute("value")).isEqualTo("Hello, are you coming?\n");
    assertThat(browser.findAll("#rewrite ins")).isNotEmpty();
    assertThat(browser.findAll("#rewrite del").stream().map(WebElement::getText))
        .contains("- Hello, are you coming?");
    browser.assertAccessible();

    browser.submit("#take");

    assertThat(browser.find(".notice").getText()).contains("invito's new text is the draft again");
    assertThat(browser.findAll("#edited, #rewrite")).isEmpty();
    Invitation taken = pipeline.store().invitations().find(draft.id()).orElseThrow();
    String text = DraftText.read(config.outputDir().resolve(taken.path())).orElseThrow().body();
    assertThat(browser.find("#text").getAttribute("value")).isEqualTo(text);
    assertThat(text).doesNotContain("are you coming");
    assertThat(browser.findAll("ol.history li")).hasSize(3);
  }

  private static io.invito.model.Event eventOf(Pipeline pipeline, Invitation invitation) {
    return pipeline.store().events().find(invitation.eventId()).orElseThrow().event();
  }

  private static Set<String> wouldMatch(
      Pipeline pipeline, Instant next, Map<String, Instant> lastInvited) {
    Config config = pipeline.config();
    List<io.invito.model.Event> upcoming =
        pipeline.store().events().between(next, next.plus(config.matching().horizon())).stream()
            .map(KnownEvent::event)
            .toList();
    Set<String> invited =
        pipeline.store().invitations().all().stream()
            .map(invitation -> invitation.eventId() + "|" + invitation.contactId())
            .collect(Collectors.toSet());
    return new Matcher(config.matching())
        .match(upcoming, pipeline.contacts(), next, lastInvited, invited).stream()
            .map(Match::contactId)
            .collect(Collectors.toSet());
  }

  private static List<String> ofElena(List<Invitation> invitations) {
    return invitations.stream()
        .filter(invitation -> invitation.contactId().equals("elena-conti"))
        .map(Invitation::id)
        .sorted()
        .toList();
  }

  private static String parameter(String href, String name) {
    for (String part : href.substring(href.indexOf('?') + 1).split("&")) {
      if (part.startsWith(name + "=")) {
        return part.substring(name.length() + 1);
      }
    }
    throw new AssertionError("no " + name + " in " + href);
  }

  /** As a mail program reads RFC 6068: percent-escapes only ('+' is a plus). */
  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
