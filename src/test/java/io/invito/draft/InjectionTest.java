package io.invito.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Formality;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.testing.ContactBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text a stranger wrote (an event's title, description and organizer) and text from the contacts
 * file reaches every output as inert text: no lookup runs, no markup or formula survives.
 */
class InjectionTest {
  static final List<String> LOOKUPS =
      List.of("${env:HOME}", "${file:UTF-8:/etc/passwd}", "${script:js:1}", "${title}");
  static final String MARKUP =
      "<script>alert(1)</script> <img src=x onerror=alert(1)>"
          + " <a href=\"javascript:alert(2)\" onclick=\"alert(3)\">x</a>";

  /** Elements the HTML part is built from; anything else came from a feed. */
  static final Set<String> OUR_ELEMENTS =
      Set.of("#root", "html", "head", "meta", "body", "p", "br", "a");

  static final String ALL = String.join(" ", LOOKUPS) + " " + MARKUP;

  @TempDir Path out;
  private final List<Draft> drafts = new ArrayList<>();
  private Map<String, Contact> contacts;
  private KnownEvent evil;

  @BeforeEach
  void writeDraftsOfAnEvilEventForEveryChannel() {
    evil =
        Fixtures.event("ev-evil", LocalDateTime.of(2026, 12, 3, 18, 0).atZone(Fixtures.ROME))
            .title("+cmd " + ALL)
            .description("Description " + ALL)
            .url("javascript:alert(1)")
            .platform(ALL)
            .interactive(true)
            .free(false)
            .price("@SUM(1) " + ALL)
            .organizer("=HYPERLINK(\"http://x\") " + ALL)
            .location(ALL)
            .known(Fixtures.CLOUD.firstSeen(), Fixtures.CLOUD.lastChanged());
    contacts = new java.util.TreeMap<>();
    InvitationWriter writer =
        new InvitationWriter(
            TemplateSet.load(Fixtures.TEMPLATES), Fixtures.OWNER, out, Fixtures.CLOCK);
    int index = 0;
    for (Channel channel : Channel.values()) {
      for (Language language : Language.values()) {
        Contact contact =
            ContactBuilder.italian()
                .id("c" + index++)
                .name("=HYPERLINK(1) " + ALL, "-Last " + ALL)
                .title(ALL)
                .languages(language)
                .formality(Formality.values()[index % 2])
                .channel(channel)
                .build();
        contacts.put(contact.id(), contact);
        Match match = Fixtures.match(evil, contact, Fixtures.interest("-2+3 " + ALL, ALL, ALL));
        drafts.addAll(writer.write(match, evil, contact, Fixtures.WEEK));
      }
    }
    InvitationWriter.writeIndex(
        out, Fixtures.WEEK, drafts, contacts, Map.of(evil.event().id(), evil));
  }

  private static void assertInert(String text, String what) {
    assertThat(text)
        .as(what)
        .contains(LOOKUPS)
        .contains("<script>alert(1)</script>")
        .doesNotContain("root:x:0:0");
    String home = System.getenv("HOME");
    if (home != null && home.length() > 1) {
      assertThat(text).as(what).doesNotContain("Ciao " + home).doesNotContain("Hi " + home);
    }
  }

  @Test
  void keepsLookupsLiteralInEveryTextDraft() throws IOException {
    assertThat(drafts).hasSize(14);
    List<Draft> texts =
        drafts.stream().filter(draft -> draft.file().toString().endsWith(".txt")).toList();
    assertThat(texts).hasSize(6);
    for (Draft draft : texts) {
      String text = Files.readString(draft.file(), StandardCharsets.UTF_8);
      assertInert(text, draft.file().toString());
      assertThat(text)
          .as("the javascript: event link is dropped")
          .doesNotContain("javascript:alert(1)");
    }
  }

  @Test
  void keepsEveryFormInertInEveryEmailDraft() throws Exception {
    List<Draft> emails =
        drafts.stream().filter(draft -> draft.invitation().channel() == Channel.EMAIL).toList();
    assertThat(emails).hasSize(8);
    for (Draft draft : emails) {
      Eml eml = Eml.read(draft.file());
      String what = draft.file().toString();

      assertThat(eml.subject()).as(what).contains(LOOKUPS).contains(MARKUP);
      assertThat(eml.to()).singleElement().asString().contains(LOOKUPS).contains(MARKUP);
      assertInert(eml.text(), what);
      assertThat(eml.text()).doesNotContain("javascript:alert(1)");

      Document html = Jsoup.parse(eml.html());
      assertThat(html.text()).as(what).contains(LOOKUPS).contains(MARKUP);
      assertThat(html.select("script, img")).as(what).isEmpty();
      for (Element element : html.getAllElements()) {
        assertThat(element.normalName()).as(what).isIn(OUR_ELEMENTS);
        for (Attribute attribute : element.attributes()) {
          assertThat(attribute.getKey()).as(what).doesNotStartWithIgnoringCase("on");
          assertThat(attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT))
              .as(what)
              .doesNotStartWith("javascript:");
        }
      }
      assertThat(html.select("a")).as("the javascript: event link is dropped").isEmpty();

      assertThat(eml.ics()).doesNotContain("javascript:alert(1)").doesNotContain("\nURL:");
      assertThat(eml.ics().replace("\r\n ", ""))
          .contains("${env:HOME}", "${title}", "${script:js:1}")
          .doesNotContain("root:x:0:0");
    }
  }

  @Test
  void escapesMarkupAndLinksInTheMarkdownIndex() throws IOException {
    String markdown = Files.readString(out.resolve("invites/2026-W49/index.md"));

    assertThat(markdown)
        .contains(LOOKUPS)
        .contains("\\<script\\>alert\\(1\\)\\</script\\>")
        .doesNotContainPattern("(?<!\\\\)<(script|img|a )")
        .doesNotContainPattern("\\]\\(<?javascript:");
    // Every table row keeps its six cells: no feed text opened a new column.
    markdown
        .lines()
        .filter(line -> line.startsWith("| c"))
        .forEach(
            line ->
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
                    .isEqualTo(7));
  }

  @Test
  void neutralisesFormulasAndKeepsLookupsLiteralInTheCsvIndex() throws IOException {
    String csv = Files.readString(out.resolve("invites/2026-W49/index.csv"));
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();

    assertThat(records).hasSize(14);
    for (CSVRecord record : records) {
      assertThat(record.get("contact")).startsWith("'=HYPERLINK(1) ").contains(LOOKUPS);
      assertThat(record.get("event")).startsWith("'+cmd ").contains(LOOKUPS);
      assertThat(record.get("reasons")).startsWith("'-2+3 ").contains(LOOKUPS);
      assertThat(record.get("path")).startsWith("invites/2026-W49/c");
    }
  }

  @Test
  void neutralisesEveryFormulaPrefix() {
    assertThat(IndexWriter.cell("=1+1")).isEqualTo("'=1+1");
    assertThat(IndexWriter.cell("+1")).isEqualTo("'+1");
    assertThat(IndexWriter.cell("-1")).isEqualTo("'-1");
    assertThat(IndexWriter.cell("@A1")).isEqualTo("'@A1");
    assertThat(IndexWriter.cell("\t=1")).isEqualTo("'\t=1");
    assertThat(IndexWriter.cell("Marco")).isEqualTo("Marco");
  }

  @Test
  void escapesMarkdownControlCharacters() {
    assertThat(MarkdownText.escape("[x](javascript:y) *b* _i_ `c` # h | ! ~ &"))
        .isEqualTo("\\[x\\]\\(javascript:y\\) \\*b\\* \\_i\\_ \\`c\\` \\# h \\| \\! \\~ \\&");
    assertThat(MarkdownText.escape("- item")).isEqualTo("\\- item");
    assertThat(MarkdownText.escape("+ item")).isEqualTo("\\+ item");
    assertThat(MarkdownText.escape("12. item")).isEqualTo("12\\. item");
    assertThat(MarkdownText.escape("a\nb\r\nc")).isEqualTo("a b c");
  }
}
