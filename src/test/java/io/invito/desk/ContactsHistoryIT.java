package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.cli.DemoData;
import io.invito.config.Config;
import io.invito.model.Invitation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The contacts and history pages in Chromium on the demo's data: search, an edit that changes one
 * row's cells and nothing else (and a bad zone refused with nothing written), an upload whose
 * report (in the owner's language, down to its lines) comes before anything is written, a file
 * changed before the confirmation, and the history with a sent invitation and its pause; in both
 * languages, axe on every page, and a name carrying {@code <script>} shown as text.
 */
class ContactsHistoryIT {
  private static final Instant TODAY = Instant.parse("2026-12-02T09:00:00Z");
  private static final DateTimeFormatter OWNER_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
  private static final String SCRIPT_ROW =
      "script-kid,<script>alert(1)</script>,Test,,kid@example.it,\"Acme, Inc.\",,robotica,it,"
          + "Europe/Rome,tu,email,false,,\n";
  private static final String VCARD =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Bianchi;Giulia;;;\r\nFN:Giulia Bianchi\r\n"
          + "EMAIL:giulia.bianchi@example.it\r\nORG:Studio Bianchi\r\nEND:VCARD\r\n";

  /** A card with no name, from line 8 of a file after {@link #VCARD}: a row the import skips. */
  private static final String NAMELESS =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:senza.nome@example.it\r\nEND:VCARD\r\n";

  @RegisterExtension final DeskBrowser browser = new DeskBrowser();
  @TempDir Path temp;
  private DemoData.Made demo;

  @Test
  void italianOwnerSearchesEditsImportsAndReadsTheHistory() throws Exception {
    Config config = start("it");
    Path contacts = config.contactsFile();

    // Search: a word of the organisation finds the one contact, case and accents aside.
    browser.open("/contacts");
    assertThat(browser.find("nav a[aria-current=page]").getText()).isEqualTo("Contatti");
    browser.find("#q").sendKeys("rossi MECCANICA");
    browser.submit("form.search button");
    assertThat(browser.findAll("table.contacts tbody tr"))
        .extracting(row -> row.getAttribute("data-contact"))
        .containsExactly("marco-rossi");
    browser.assertAccessible();

    // A bad zone: the page names the field and the value, and the file is as it was.
    browser.submit("tr[data-contact=marco-rossi] a");
    byte[] before = Files.readAllBytes(contacts);
    type("#time_zone", "Mars/Olympus");
    type("#interests", "sicurezza informatica; robotica");
    browser.submit(".contact-form button[type=submit]");
    assertThat(browser.find(".error").getText()).contains("time_zone", "Mars/Olympus");
    assertThat(browser.find("#interests").getAttribute("value"))
        .isEqualTo("sicurezza informatica; robotica");
    assertThat(Files.readAllBytes(contacts)).isEqualTo(before);
    browser.assertAccessible();

    // The zone put right: only that row's interests cell changes, every other line is as it was.
    type("#time_zone", "Europe/Rome");
    browser.submit(".contact-form button[type=submit]");
    assertThat(browser.find(".notice").getText()).contains("marco-rossi");
    List<String> oldLines = lines(before);
    List<String> newLines = Files.readAllLines(contacts);
    assertThat(newLines).hasSameSizeAs(oldLines);
    for (int at = 0; at < oldLines.size(); at++) {
      if (!oldLines.get(at).startsWith("marco-rossi,")) {
        assertThat(newLines.get(at)).as("line %d", at + 1).isEqualTo(oldLines.get(at));
      } else {
        List<String> was = cells(oldLines.get(at));
        List<String> now = cells(newLines.get(at));
        List<Integer> changed = new ArrayList<>();
        for (int cell = 0; cell < was.size(); cell++) {
          if (!was.get(cell).equals(now.get(cell))) {
            changed.add(cell);
          }
        }
        assertThat(changed).containsExactly(7); // interests
        assertThat(now.get(7)).isEqualTo("sicurezza informatica; robotica");
      }
    }

    // A name carrying <script> is text.
    browser.open("/contacts?q=acme");
    assertThat(browser.find("tr[data-contact=script-kid] a").getText())
        .isEqualTo("<script>alert(1)</script> Test");
    assertThat(browser.findAll("script")).hasSize(2); // htmx and desk.js, nothing else

    // Import: the report first, nothing written; then the confirmation writes it.
    Path vcard = Files.writeString(temp.resolve("giulia.vcf"), VCARD + NAMELESS);
    browser.open("/contacts/import");
    browser.assertAccessible();
    byte[] beforeImport = Files.readAllBytes(contacts);
    browser.find("#file").sendKeys(vcard.toString());
    browser.submit("form.upload button");
    assertThat(browser.find("#preview-title").getText()).contains("giulia.vcf");
    assertThat(browser.find(".preview .counts").getText()).startsWith("1 da aggiungere");
    // The report's own lines in Italian too, as contacts import prints them for this owner.
    assertThat(browser.find(".preview .guessed").getText())
        .contains(
            "giulia.vcf: riga 1: giulia-bianchi: lingua it (e-mail .it), fuso orario Europe/Rome"
                + " (e-mail .it), formalità lei (italiano, primo contatto)")
        .doesNotContain("line", "language", "zone");
    // The demo's example people are still in its contacts.csv, which the report says too.
    assertThat(browser.find(".preview .problems").getText())
        .contains(
            "contacts.csv: contiene ancora 7 delle persone di esempio fornite con invito"
                + " (marco-rossi, anna-smith,",
            "giulia.vcf: riga 8: mancano sia il nome sia il cognome; riga saltata")
        .doesNotContain("line", "row skipped", "example people");
    assertThat(Files.readAllBytes(contacts)).isEqualTo(beforeImport);
    browser.assertAccessible();
    browser.screenshot(Path.of("docs/desk/import.png"));
    browser.submit(".preview button[type=submit]");
    assertThat(browser.find("#done-title").getText()).contains("giulia.vcf");
    assertThat(Files.readString(contacts)).contains("giulia.bianchi@example.it");

    // The file changes between the report and the confirmation: said, and the report shown again.
    Path second =
        Files.writeString(
            temp.resolve("luca.vcf"), VCARD.replace("Giulia", "Luca").replace("giulia", "luca"));
    browser.open("/contacts/import");
    browser.find("#file").sendKeys(second.toString());
    browser.submit("form.upload button");
    assertThat(browser.find("#preview-title").getText()).contains("luca.vcf");
    Files.writeString(
        contacts,
        SCRIPT_ROW.replace("script-kid", "later-one"),
        java.nio.file.StandardOpenOption.APPEND);
    browser.submit(".preview button[type=submit]");
    assertThat(browser.find(".preview .notice").getText()).contains("contacts.csv è cambiato");
    assertThat(Files.readString(contacts)).doesNotContain("luca.bianchi@example.it");
    browser.submit(".preview button[type=submit]");
    assertThat(browser.find("#done-title").getText()).contains("luca.vcf");
    assertThat(Files.readString(contacts)).contains("luca.bianchi@example.it", "later-one");

    // A CSV with no name column is refused in Italian too, naming the columns it has.
    uploadPhoneBook();
    assertThat(browser.find(".error").getText())
        .isEqualTo(
            "rubrica.csv: nessuna colonna contiene il nome o il cognome; indica quale con --map"
                + " \"Nome=first_name,Cognome=last_name\" (le sue colonne: Nome, Cognome, Posta)");

    // History: the invitation marked sent, and when its contact can be invited again.
    Invitation sent = markOneSent();
    browser.open("/history");
    WebElement row = browser.findAll("table.sent tbody tr").get(0);
    assertThat(row.getAttribute("data-contact")).isEqualTo(sent.contactId());
    assertThat(row.getText()).contains("inviata");
    WebElement pause = browser.find("table.pauses tr[data-contact='" + sent.contactId() + "']");
    assertThat(pause.getAttribute("class")).isEqualTo("paused");
    assertThat(pause.getText()).contains("in pausa fino al " + pauseEnd(config, sent));
    browser.assertAccessible();
  }

  @Test
  void englishOwnerReadsBothPagesInEnglish() throws Exception {
    Config config = start("en");
    browser.open("/contacts");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(browser.find("nav a[aria-current=page]").getText()).isEqualTo("Contacts");
    assertThat(browser.find("label[for=q]").getText())
        .isEqualTo("Search by name, organisation, interest or e-mail");
    assertThat(browser.find("tr[data-contact=script-kid] a").getText())
        .isEqualTo("<script>alert(1)</script> Test");
    browser.assertAccessible();
    browser.screenshot(Path.of("docs/desk/contacts.png"));

    browser.submit("tr[data-contact=anna-smith] a");
    assertThat(browser.find("label[for=time_zone]").getText()).isEqualTo("Time zone");
    type("#phone", "not a phone");
    browser.submit(".contact-form button[type=submit]");
    assertThat(browser.find(".error").getText())
        .startsWith("Not saved, nothing was written:")
        .contains("phone", "not a phone");
    browser.assertAccessible();

    Invitation sent = markOneSent();
    browser.open("/history");
    assertThat(browser.find("#pauses-title").getText())
        .isEqualTo("When each contact can be invited again");
    assertThat(browser.find("table.pauses tr[data-contact='" + sent.contactId() + "']").getText())
        .contains("paused until " + pauseEnd(config, sent));
    assertThat(browser.findAll("table.sent tbody tr").get(0).getText()).contains("sent");
    browser.assertAccessible();
    browser.screenshot(Path.of("docs/desk/history.png"));

    // A phone book's CSV whose headers name no contacts column: read through a mapping typed on
    // the page, as `contacts import --map` takes it; without one, the page says which columns it
    // has.
    Path rubrica = uploadPhoneBook();
    assertThat(browser.find(".error").getText())
        .contains("no column gives a first or last name", "(its columns: Nome, Cognome, Posta)");
    browser.open("/contacts/import");
    browser.find("#file").sendKeys(rubrica.toString());
    type("#map", "Nome=first_name,Cognome=last_name,Posta=email");
    browser.submit("form.upload button");
    assertThat(browser.find(".preview .counts").getText()).startsWith("1 to add");
    assertThat(browser.find(".preview .guessed").getText())
        .contains(
            "rubrica.csv: line 2: pietro-gallo: language it (e-mail .it), zone Europe/Rome"
                + " (e-mail .it), formality lei (Italian, a first contact)");
    browser.assertAccessible();
    browser.submit(".preview button[type=submit]");
    assertThat(browser.find("#done-title").getText()).contains("rubrica.csv");
    assertThat(Files.readString(config.contactsFile())).contains("pietro@example.it");
  }

  /** Uploads a phone book's CSV whose headers name no contacts column, with no mapping typed. */
  private Path uploadPhoneBook() throws IOException {
    Path rubrica =
        Files.writeString(
            temp.resolve("rubrica.csv"), "Nome;Cognome;Posta\nPietro;Gallo;pietro@example.it\n");
    browser.open("/contacts/import");
    browser.find("#file").sendKeys(rubrica.toString());
    browser.submit("form.upload button");
    return rubrica;
  }

  /** The demo's data, with a row whose name carries a script tag and a quoted organisation. */
  private Config start(String language) throws IOException {
    demo = DemoData.make(temp.resolve("demo"), language, TODAY);
    Files.writeString(
        demo.config().contactsFile(), SCRIPT_ROW, java.nio.file.StandardOpenOption.APPEND);
    browser.start(demo.config());
    return demo.config();
  }

  /** Marks the first drafted invitation sent an hour after the demo's run drafted it. */
  private Invitation markOneSent() {
    Invitation draft =
        browser.pipeline().store().invitations().all().stream()
            .filter(invitation -> invitation.status() == Invitation.Status.DRAFTED)
            .findFirst()
            .orElseThrow();
    browser
        .pipeline()
        .store()
        .invitations()
        .markSent(draft.id(), demo.runAt().plus(1, ChronoUnit.HOURS));
    return draft;
  }

  /**
   * When the pause of the contact sent {@code draft} ends: last invited plus the config's pause.
   */
  private String pauseEnd(Config config, Invitation draft) {
    Instant last =
        browser.pipeline().store().invitations().lastInvitedByContact().get(draft.contactId());
    return OWNER_TIME.format(
        last.plus(config.matching().perContactPause()).atZone(config.owner().zone()));
  }

  private void type(String css, String text) {
    WebElement input = browser.find(css);
    input.clear();
    input.sendKeys(text);
  }

  private static List<String> lines(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).lines().toList();
  }

  private static List<String> cells(String line) throws IOException {
    try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT)) {
      return parser.getRecords().get(0).toList();
    }
  }
}
