package io.invito.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.config.ConfigException;
import io.invito.config.Language;
import io.invito.contact.ContactsReader.ContactList;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Formality;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactsReaderTest {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @TempDir Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ContactsReaderTest.class.getResource("/contacts/" + name).toURI());
  }

  private static ContactList readFixture() throws URISyntaxException {
    return ContactsReader.read(fixture("contacts.csv"), Language.IT, ROME);
  }

  private ContactList readText(String text) throws IOException {
    Path file = dir.resolve("contacts.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return ContactsReader.read(file, Language.EN, ZoneId.of("Europe/London"));
  }

  private static Contact byId(ContactList list, String id) {
    return list.contacts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void importsEveryGoodRowOfARealisticFileInFileOrder() throws Exception {
    ContactList list = readFixture();

    assertThat(list.contacts())
        .extracting(Contact::id)
        .containsExactly(
            "marco-rossi",
            "niccolo-ferri",
            "giulia-b",
            "sarah-jones",
            "marco-rossi-2",
            "paolo-greco",
            "elodie-martin");
  }

  @Test
  void readsBomCrlfQuotedCommasAndAccentsIntact() throws Exception {
    ContactList list = readFixture();

    Contact marco = byId(list, "marco-rossi");
    assertThat(marco.firstName()).isEqualTo("Marco"); // the BOM did not spoil the first header
    assertThat(marco.company()).contains("Rossi, Bianchi & Associati");
    assertThat(marco.notes()).contains("Conosciuto al Security Summit, 2025");
    assertThat(byId(list, "niccolo-ferri").firstName()).isEqualTo("Niccolò");
    assertThat(byId(list, "elodie-martin").firstName()).isEqualTo("Élodie");
    Contact giulia = byId(list, "giulia-b");
    assertThat(giulia.title()).contains("Dott.ssa");
    assertThat(giulia.lastName()).isEqualTo("Bianchi");
    assertThat(byId(list, "paolo-greco").notes())
        .contains("Preferisce chiamate\r\ndopo le 18, mai il lunedì");
  }

  @Test
  void importsRowsWithEmptyEmailWithoutOne() throws Exception {
    ContactList list = readFixture();

    assertThat(byId(list, "niccolo-ferri").email()).isEmpty();
    assertThat(byId(list, "paolo-greco").email()).isEmpty();
  }

  @Test
  void reportsBadLanguageWithFileLineColumnAndValueAndSkipsOnlyThatRow() throws Exception {
    ContactList list = readFixture();

    assertThat(list.problems())
        .contains(
            "contacts.csv: line 6: languages 'xx' is not a language code such as it, en or fr; row skipped");
    assertThat(list.contacts()).noneMatch(c -> c.lastName().equals("Bruno"));
  }

  @Test
  void countsPhysicalLinesPastAValueThatSpansTwoLines() throws Exception {
    ContactList list = readFixture();

    assertThat(list.problems())
        .anyMatch(
            p ->
                p.startsWith(
                    "contacts.csv: line 10: time_zone 'Atlantis' is neither an IANA time zone"));
  }

  @Test
  void reportsUnknownColumnOnTheHeaderLineAndIgnoresIt() throws IOException {
    ContactList list = readText("first_name,email,compleanno\nAda,ada@example.com,10/12\n");

    assertThat(list.contacts()).extracting(Contact::firstName).containsExactly("Ada");
    assertThat(list.problems())
        .singleElement()
        .asString()
        .startsWith("contacts.csv: line 1: unknown column 'compleanno' is ignored");
  }

  @Test
  void refusesAnIdWithTwoDotsNamingTheLineAndTheValueAndKeepsTheOtherRows() throws IOException {
    ContactList list =
        readText(
            "id,first_name,email\n"
                + "ada,Ada,ada@example.com\n"
                + "a..b,Bob,bob@example.com\n"
                + "c.d,Cy,cy@example.com\n");

    assertThat(list.contacts()).extracting(Contact::id).containsExactly("ada", "c.d");
    assertThat(list.problems())
        .containsExactly(
            "contacts.csv: line 3: id 'a..b' has '..', which cannot be part of a folder name;"
                + " row skipped");
  }

  @Test
  void showsLineBreaksInABadValueAsEscapesSoEachWarningIsOneLine() throws IOException {
    ContactList list =
        readText("first_name,email\nAda,\"ada@\r\nexample.com\"\nBob,bob@example.com\n");

    assertThat(list.contacts()).extracting(Contact::firstName).containsExactly("Bob");
    assertThat(list.problems())
        .singleElement()
        .asString()
        .doesNotContain("\r")
        .doesNotContain("\n")
        .contains("email 'ada@\\r\\nexample.com' is not an e-mail address");
  }

  @Test
  void acceptsTheLinkedInUrlColumnThatImportsWrite() throws Exception {
    assertThat(readFixture().problems()).noneMatch(problem -> problem.contains("linkedin_url"));
  }

  @Test
  void readsListsZonesAndChoicesAsPeopleWriteThem() throws Exception {
    ContactList list = readFixture();

    Contact marco = byId(list, "marco-rossi");
    assertThat(marco.interests()).containsExactly("sicurezza informatica", "cloud");
    assertThat(marco.languages()).containsExactly(Language.IT, Language.EN);
    assertThat(marco.zone()).isEqualTo(ROME);
    assertThat(marco.formality()).isEqualTo(Formality.INFORMAL);
    assertThat(marco.role()).contains("CISO");
    Contact niccolo = byId(list, "niccolo-ferri");
    assertThat(niccolo.interests()).containsExactly("intelligenza artificiale", "machine learning");
    assertThat(niccolo.channel()).isEqualTo(Channel.LINKEDIN);
    assertThat(niccolo.formality()).isEqualTo(Formality.FORMAL);
    assertThat(byId(list, "sarah-jones").zone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(byId(list, "marco-rossi-2").optOut()).isTrue();
    assertThat(byId(list, "marco-rossi-2").channel()).isEqualTo(Channel.PHONE);
    assertThat(byId(list, "marco-rossi-2").zone()).isEqualTo(ROME);
    Contact elodie = byId(list, "elodie-martin");
    assertThat(elodie.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(elodie.languages()).containsExactly(Language.EN, Language.IT);
    assertThat(elodie.interests()).containsExactly("cybersecurity", "privacy");
    assertThat(elodie.channel()).isEqualTo(Channel.EMAIL);
  }

  @Test
  void givesDefaultLanguageAndZoneWhenCellsAreEmpty() throws IOException {
    ContactList list = readText("first_name,email,languages,time_zone\nAda,ada@example.com,,\n");

    assertThat(list.contacts())
        .singleElement()
        .satisfies(
            ada -> {
              assertThat(ada.languages()).containsExactly(Language.EN);
              assertThat(ada.zone()).isEqualTo(ZoneId.of("Europe/London"));
              assertThat(ada.optOut()).isFalse();
            });
  }

  @Test
  void neverGivesAMadeUpIdThatALaterRowStates() throws IOException {
    ContactList list = readText("id,first_name,last_name\n,Ada,Lovelace\nada-lovelace,Ada,King\n");

    assertThat(list.contacts())
        .extracting(Contact::id)
        .containsExactly("ada-lovelace-2", "ada-lovelace");
    assertThat(list.problems()).isEmpty();
  }

  @Test
  void reportsARepeatedIdOrEmailAndKeepsTheFirst() throws IOException {
    ContactList list =
        readText(
            "id,first_name,email\n"
                + "a,Ada,ada@example.com\n"
                + "a,Bea,bea@example.com\n"
                + "c,Cy,ADA@example.com\n");

    assertThat(list.contacts()).extracting(Contact::firstName).containsExactly("Ada");
    assertThat(list.problems())
        .containsExactly(
            "contacts.csv: line 3: id 'a' is already used on line 2; row skipped",
            "contacts.csv: line 4: email 'ADA@example.com' is already used on line 2; row skipped");
  }

  @Test
  void reportsEveryBadValueOfARowAndARowWithoutName() throws IOException {
    ContactList list =
        readText(
            "first_name,last_name,email,opt_out,channel,formality\n"
                + "Ada,,not-an-address,maybe,fax,voi\n"
                + ",,nobody@example.com,,,\n");

    assertThat(list.contacts()).isEmpty();
    assertThat(list.problems())
        .containsExactly(
            "contacts.csv: line 2: email 'not-an-address' is not an e-mail address; row skipped",
            "contacts.csv: line 2: formality 'voi' is not one of tu, informal, lei, formal; row skipped",
            "contacts.csv: line 2: channel 'fax' is not one of email, linkedin, whatsapp, phone;"
                + " row skipped",
            "contacts.csv: line 2: opt_out 'maybe' is not one of true, false, yes, no, sì, si;"
                + " row skipped",
            "contacts.csv: line 3: first_name and last_name are both empty; row skipped");
  }

  @Test
  void reportsARowWithMoreValuesThanColumns() throws IOException {
    ContactList list = readText("first_name,email\nRossi, Mario,mario@example.it\nAda,a@b.io\n");

    assertThat(list.contacts()).extracting(Contact::firstName).containsExactly("Ada");
    assertThat(list.problems())
        .singleElement()
        .asString()
        .startsWith("contacts.csv: line 2: 3 values but the header has 2 columns");
  }

  @Test
  void readsSemicolonSeparatedFilesAsItalianExcelSavesThem() throws Exception {
    ContactList list = ContactsReader.read(fixture("contacts-excel-it.csv"), Language.IT, ROME);

    assertThat(list.contacts())
        .extracting(Contact::id)
        .containsExactly("chiara-esposito", "pietro-gallo");
    assertThat(list.contacts().get(0).interests())
        .containsExactly("formazione, didattica", "e-learning");
    assertThat(list.contacts().get(1).languages()).containsExactly(Language.IT, Language.EN);
    assertThat(list.problems())
        .singleElement()
        .asString()
        .startsWith("contacts-excel-it.csv: line 1: unknown column 'Nome' is ignored");
  }

  @Test
  void refusesAMissingFileNamingIt() {
    Path missing = dir.resolve("rubrica.csv");

    assertThatThrownBy(() -> ContactsReader.read(missing, Language.IT, ROME))
        .isInstanceOf(ConfigException.class)
        .hasMessage("rubrica.csv: file not found in " + dir.toAbsolutePath());
  }

  @Test
  void refusesAHeaderThatCannotNameOrIdentifyAContact() {
    assertThatThrownBy(() -> readText("name,phone\nAda,123\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "contacts.csv: line 1: the header 'name,phone' needs first_name or last_name,"
                + " and email or id");
  }

  @Test
  void refusesAnEmptyFileAndABrokenQuoteWithItsLine() {
    assertThatThrownBy(() -> readText(""))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("contacts.csv: file is empty");
    assertThatThrownBy(() -> readText("first_name,email\nAda,a@b.io\n\"Bea,b@c.io\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("contacts.csv: line 3: broken CSV in the row starting here");
  }

  @Test
  void refusesTextThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file, "first_name,email\nNiccol\u00f2,n@x.it\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> ContactsReader.read(file, Language.IT, ROME))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("latin1.csv: is not UTF-8");
  }

  @Test
  void makesIdsFromNamesFoldingAccentsAndPunctuation() {
    assertThat(IdAssigner.slug("Niccolò D'Amico")).isEqualTo("niccolo-d-amico");
    assertThat(IdAssigner.slug("  Élodie  Martin ")).isEqualTo("elodie-martin");
    assertThat(IdAssigner.slug("李雷")).isEqualTo("contact");
  }

  @Test
  void findsZonesByCityInItalianOrEnglishAndByIanaIdInAnyCase() {
    assertThat(ZoneNames.find("Zurigo")).contains(ZoneId.of("Europe/Zurich"));
    assertThat(ZoneNames.find("new york")).contains(ZoneId.of("America/New_York"));
    assertThat(ZoneNames.find("Londra")).contains(ZoneId.of("Europe/London"));
    assertThat(ZoneNames.find("europe/berlin")).contains(ZoneId.of("Europe/Berlin"));
    assertThat(ZoneNames.find("Atlantis")).isEqualTo(Optional.empty());
  }

  @Test
  void keepsAllProblemsInLineOrder() throws Exception {
    List<String> problems = readFixture().problems();

    assertThat(problems)
        .extracting(p -> p.replaceAll("^contacts.csv: line (\\d+):.*", "$1"))
        .containsExactly("6", "10");
  }
}
