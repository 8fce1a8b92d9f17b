package io.invito.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestWriterTest {
  @TempDir Path out;

  @Test
  void writesMarkdownHtmlCalendarAndFeedForTheWeekAndReturnsTheirPaths() {
    List<Path> files = new DigestWriter(out).write(DigestFixtures.digest(Language.EN));

    assertThat(files)
        .containsExactly(
            out.resolve("digest/2026-W49.md"),
            out.resolve("digest/2026-W49.html"),
            out.resolve("digest/2026-W49.ics"),
            out.resolve("digest/feed.xml"));
    assertThat(files).allMatch(Files::isRegularFile);
  }

  @Test
  void saysAnEmptyWeekHasNoEventsInBothLanguagesAndStillListsSources() throws IOException {
    for (Language language : Language.values()) {
      List<Path> files = new DigestWriter(out).write(DigestFixtures.empty(language));
      String markdown = Files.readString(files.get(0), StandardCharsets.UTF_8);
      Document html = Jsoup.parse(files.get(1).toFile(), "UTF-8");

      String empty =
          language == Language.IT
              ? "Nessun evento in programma questa settimana."
              : "No events this week.";
      assertThat(markdown)
          .contains(empty)
          .contains("gone-site")
          .contains("vendor-news")
          .doesNotContain("####");
      assertThat(html.selectFirst("p.empty").text()).isEqualTo(empty);
      assertThat(html.select("#sources li")).hasSize(4);
      assertThat(html.select("article")).isEmpty();
    }
  }

  @Test
  void leavesNoTempFilesAndRewritesNothingWhenTheDigestIsUnchanged() throws IOException {
    List<Path> files = new DigestWriter(out).write(DigestFixtures.digest(Language.IT));
    FileTime old = FileTime.fromMillis(0);
    for (Path file : files) {
      Files.setLastModifiedTime(file, old);
    }

    new DigestWriter(out).write(DigestFixtures.digest(Language.IT));

    for (Path file : files) {
      assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }
    try (Stream<Path> all = Files.walk(out.resolve("digest"))) {
      assertThat(all.filter(Files::isRegularFile).map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("2026-W49.md", "2026-W49.html", "2026-W49.ics", "feed.xml");
    }
  }

  @Test
  void rewritesAllFourFilesByteForByteWhenAWeekIsRunAgainAfterAnother() throws IOException {
    for (Language language : Language.values()) {
      Path folder = out.resolve(language.code());
      List<Path> files = new DigestWriter(folder).write(DigestFixtures.digest(language));
      new DigestWriter(folder).write(DigestFixtures.empty(language));
      List<byte[]> before = new ArrayList<>();
      for (Path file : files) {
        before.add(Files.readAllBytes(file));
      }

      List<Path> again = new DigestWriter(folder).write(DigestFixtures.digest(language));

      assertThat(again).isEqualTo(files);
      for (int index = 0; index < files.size(); index++) {
        assertThat(Files.readAllBytes(files.get(index)))
            .as(files.get(index).toString())
            .isEqualTo(before.get(index));
      }
    }
  }

  @Test
  void marksNothingNewInTheFirstDigestButStillMarksCancellations() throws IOException {
    Digest first = DigestFixtures.digest(Language.EN);
    Digest without =
        new Digest(
            first.week(),
            first.owner(),
            first.generatedAt(),
            first.entries(),
            first.sources(),
            Instant.EPOCH);

    String markdown = Files.readString(new DigestWriter(out).write(without).get(0));

    assertThat(markdown)
        .doesNotContain("**NEW**")
        .doesNotContain("RESCHEDULED")
        .contains("**CANCELLED**");
  }

  @Test
  void linksOnlyWebPagesDraftsRelativeToTheDigestFolderAndTheChannelsLinks() throws IOException {
    Document html =
        Jsoup.parse(
            new DigestWriter(out).write(DigestFixtures.digest(Language.IT)).get(1).toFile(),
            "UTF-8");

    assertThat(html.select("a[href]"))
        .allSatisfy(
            link ->
                assertThat(link.attr("href")).matches("(https://|\\.\\./invites/|mailto:|tel:).*"));
    assertThat(html.select("a[href^=mailto:], a[href^=https://wa.me/]")).hasSize(2);
    assertThat(html.select("article.cancelled .title").text()).isEqualTo("Meetup DevOps Milano");
    assertThat(html.select("article.cancelled .title a")).as("ftp: is not linked").isEmpty();
    Path draft =
        out.resolve("digest")
            .resolve(html.selectFirst("a[href^=../invites/]").attr("href"))
            .normalize();
    assertThat(draft).startsWithRaw(out.resolve("invites"));
  }

  @Test
  void isSelfContainedWithoutScriptsOrExternalResources() throws IOException {
    Document html =
        Jsoup.parse(
            new DigestWriter(out).write(DigestFixtures.digest(Language.EN)).get(1).toFile(),
            "UTF-8");

    assertThat(html.select("script, img, iframe, object, embed")).isEmpty();
    assertThat(html.select("[src]")).isEmpty();
    assertThat(html.select("link"))
        .singleElement()
        .satisfies(icon -> assertThat(icon.attr("href")).as("inline icon").isEqualTo("data:,"));
    assertThat(html.selectFirst("style").data()).contains("@media print").doesNotContain("url(");
    assertThat(html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
  }

  @Test
  void picksTopEventsByContactsThenInteractivityAndLeavesOutCancelled() {
    Page page = Page.of(DigestFixtures.digest(Language.EN), out);

    assertThat(page.top())
        .extracting(EventSummary::id)
        .containsExactly("ev-cloud-security", "ev-rag-workshop", "ev-product-demo");
  }

  @Test
  void hasTheSameLabelsInEveryLanguage() {
    assertThat(Labels.of(Language.IT).all().keySet())
        .isEqualTo(Labels.of(Language.EN).all().keySet());
  }
}
