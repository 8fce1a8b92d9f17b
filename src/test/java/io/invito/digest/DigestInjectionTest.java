package io.invito.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.model.Attendance;
import io.invito.model.Contact;
import io.invito.model.KnownEvent;
import io.invito.model.Reason;
import io.invito.model.SourceHealth;
import io.invito.testing.ContactBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text strangers wrote reaches the digest as text: lookups stay literal, markup stays visible, and
 * no script, event handler or javascript: link appears (DigestInBrowserIT asks a real browser).
 */
class DigestInjectionTest {
  static final List<String> LOOKUPS =
      List.of("${env:HOME}", "${file:UTF-8:/etc/passwd}", "${script:js:1}", "${title}");
  static final String MARKUP =
      "<script>alert(1)</script> <img src=x onerror=alert(1)>"
          + " <iframe src=\"javascript:alert(2)\"></iframe> [click](javascript:alert(3))";
  static final String ALL = String.join(" ", LOOKUPS) + " " + MARKUP;

  @TempDir Path out;

  Digest evilDigest(Language language) {
    KnownEvent evil =
        DigestFixtures.known(
            DigestFixtures.event(
                    "ev-evil", LocalDateTime.of(2026, 12, 3, 18, 0).atZone(DigestFixtures.ROME))
                .title("# " + ALL)
                .description("- " + ALL)
                .url("javascript:alert(1)")
                .attendance(Attendance.MIXED)
                .platform(ALL)
                .interactive(true)
                .language(ALL)
                .free(false)
                .price(ALL)
                .organizer(ALL)
                .location(ALL)
                .sources(ALL)
                .build(),
            "2026-11-25T10:00:00Z",
            "2026-11-25T10:00:00Z",
            null);
    Contact contact = ContactBuilder.italian().id("c1").name(ALL, ALL).languages(language).build();
    Digest.Suggestion suggestion =
        DigestFixtures.suggest(
            contact,
            evil,
            0.5,
            List.of(new Reason(Reason.Kind.INTEREST, ALL, ALL, ALL)),
            "invites/2026-W49/c1/" + ALL.replace('/', '_') + ".email.txt");
    SourceHealth source =
        new SourceHealth(
            ALL,
            "javascript:alert(4)",
            SourceHealth.State.FAILING,
            Optional.empty(),
            Optional.empty(),
            Optional.of(ALL),
            1,
            Optional.empty(),
            0,
            false);
    return new Digest(
        DigestFixtures.WEEK,
        DigestFixtures.owner(language),
        DigestFixtures.GENERATED,
        List.of(new Digest.Entry(evil, List.of(suggestion))),
        List.of(source),
        DigestFixtures.PREVIOUS);
  }

  @Test
  void keepsTheMarkdownDigestInert() throws IOException {
    for (Language language : Language.values()) {
      String markdown =
          Files.readString(
              new DigestWriter(out).write(evilDigest(language)).get(0), StandardCharsets.UTF_8);

      assertThat(markdown)
          .contains(LOOKUPS.stream().map(lookup -> lookup.replace("$", "\\$")).toList())
          .doesNotContainPattern("(?<!\\\\)\\$")
          .contains("\\<script\\>alert\\(1\\)\\</script\\>")
          .contains("\\[click\\]\\(javascript:alert\\(3\\)\\)")
          .doesNotContainPattern("(?<!\\\\)<(script|img|iframe)")
          .doesNotContain("](javascript")
          .doesNotContain("(<javascript")
          .doesNotContain("\n# \\$")
          .doesNotContain("\n- \\$");
    }
  }

  @Test
  void keepsTheHtmlDigestFreeOfScriptsHandlersAndJavascriptLinks() throws IOException {
    for (Language language : Language.values()) {
      Path file = new DigestWriter(out).write(evilDigest(language)).get(1);
      Document html = Jsoup.parse(file.toFile(), "UTF-8");

      assertThat(html.select("script, iframe, img, object, embed")).isEmpty();
      for (Element element : html.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
          assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT))
              .doesNotStartWith("javascript:");
        }
      }
      assertThat(html.select("a[href]"))
          .allSatisfy(link -> assertThat(link.attr("href")).matches("(https?://|\\.\\./).*"));
      assertThat(html.body().text()).contains(LOOKUPS).contains("<script>alert(1)</script>");
      assertThat(html.title()).doesNotContain("$");
    }
  }
}
