package io.invito.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.config.ConfigException;
import io.invito.config.Language;
import io.invito.contact.ContactImporter.Format;
import io.invito.contact.ContactImporter.Report;
import io.invito.contact.ContactImporter.Request;
import io.invito.contact.ContactsReader.ContactList;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Formality;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactImporterTest {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final ImportMessages EN = ImportMessages.of(Language.EN);
  private static final String RUBRICA_MAP =
      "Nome=first_name,Cognome=last_name,"
          + "Posta elettronica=email,Azienda=company,Ruolo=role,Note=notes";

  @TempDir Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ContactImporterTest.class.getResource("/contacts/" + name).toURI());
  }

  private Path contacts() {
    return dir.resolve("contacts.csv");
  }

  private Report importFixture(String name) throws URISyntaxException {
    return ContactImporter.importFile(Request.of(fixture("import/" + name)), contacts());
  }

  private Report importConnections(boolean write) throws URISyntaxException {
    Request request = Request.of(fixture("import/Connections.csv")).forOwner(Language.IT, ROME);
    return write
        ? ContactImporter.importFile(request, contacts())
        : ContactImporter.preview(request, contacts());
  }

  private ContactList read() {
    ContactList list = ContactsReader.read(contacts(), Language.IT, ROME);
    return list;
  }

  private Contact byId(String id) {
    return read().contacts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void importsLinkedInConnectionsSkippingTheNotesBeforeTheHeader() throws Exception {
    Report report = importFixture("Connections.csv");

    assertThat(report.added()).isEqualTo(4);
    assertThat(EN.problems(report))
        .containsExactly(
            "Connections.csv: line 9: no first or last name; row skipped",
            "Connections.csv: line 10: email 'luca@bruno' is not an e-mail address; row skipped");
    ContactList list = read();
    assertThat(list.problems()).isEmpty();
    assertThat(list.contacts())
        .extracting(Contact::id)
        .containsExactly("marco-rossi", "niccolo-ferri", "elodie-martin", "chiara-d-amico");
    Contact marco = byId("marco-rossi");
    assertThat(marco.company()).contains("Rossi, Bianchi & Associati");
    assertThat(marco.role()).contains("CISO");
    assertThat(marco.email()).isEmpty();
    assertThat(marco.channel()).isEqualTo(Channel.LINKEDIN); // no e-mail: LinkedIn reaches him
    assertThat(marco.formality()).isEqualTo(Formality.FORMAL);
    assertThat(byId("niccolo-ferri").channel()).isEqualTo(Channel.EMAIL);
    assertThat(byId("elodie-martin").role()).contains("Security consultant, EMEA");
    assertThat(Files.readString(contacts())).contains("https://www.linkedin.com/in/chiaradamico");
  }

  @Test
  void mergesIntoTheOwnersFileByEmailUrlOrUncontradictedNameKeepingEveryColumn() throws Exception {
    Files.copy(fixture("contacts.csv"), contacts());
    String before = Files.readString(contacts(), StandardCharsets.UTF_8);

    Report report = importFixture("Connections.csv");

    // Marco by URL (nothing new), Niccolò and Élodie by name (e-mail and URL filled in), Chiara
    // new.
    assertThat(report)
        .extracting(Report::added, Report::updated, Report::unchanged)
        .containsExactly(1, 2, 1);
    String after = Files.readString(contacts(), StandardCharsets.UTF_8);
    assertThat(after).startsWith("\uFEFFid,First_Name,last_name,title,email,company,role");
    assertThat(after)
        .contains(
            ",Marco,Rossi,,marco.rossi@example.it,\"Rossi, Bianchi & Associati\","
                + "CISO,sicurezza informatica;cloud,it;en,Milano,tu,email,no,\"Conosciuto al Security Summit,"
                + " 2025\",https://www.linkedin.com/in/marcorossi\r\n");
    assertThat(after).contains("\"Preferisce chiamate\r\ndopo le 18, mai il lunedì\"");
    assertThat(after)
        .contains(
            ",Niccolò,Ferri,Ing.,niccolo@acme.example,Acme S.p.A.,CTO,"
                + "intelligenza artificiale|machine learning,it,Europe/Rome,lei,linkedin,false,,"
                + "https://www.linkedin.com/in/niccolo-ferri-1a2b3c\r\n");
    assertThat(after).contains("Atlantis"); // rows the reader rejects are the owner's to fix
    assertThat(after)
        .endsWith(
            // No country anywhere, but an Italian given name: Italian, Rome, lei for a first
            // contact.
            "\r\nchiara-d-amico,Chiara,D'Amico,,,,,,it,Europe/Rome,lei,linkedin,no,,"
                + "https://www.linkedin.com/in/chiaradamico\r\n");
    assertThat(after.lines().count()).isEqualTo(before.lines().count() + 1);
    assertThat(byId("elodie-martin").email()).contains("elodie@example.fr");
    assertThat(byId("chiara-d-amico").lastName()).isEqualTo("D'Amico");
  }

  @Test
  void aPreviewWritesNothingAndReportsWhatTheImportThenDoes() throws Exception {
    Files.copy(fixture("contacts.csv"), contacts());
    byte[] before = Files.readAllBytes(contacts());
    List<String> filesBefore;
    try (Stream<Path> files = Files.list(dir)) {
      filesBefore = files.map(Path::toString).sorted().toList();
    }

    Report preview = importConnections(false);

    assertThat(Files.readAllBytes(contacts())).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(Path::toString).sorted().toList()).isEqualTo(filesBefore);
    }
    Report done = importConnections(true);
    assertThat(preview.added() + preview.updated()).isPositive();
    assertThat(done).isEqualTo(preview);
    assertThat(Files.readAllBytes(contacts())).isNotEqualTo(before);
  }

  @Test
  void aPreviewOfAFileOfOnlyTheExamplesSaysTheyWouldBeSetAsideAndSetsNothingAside()
      throws Exception {
    Path examples = Path.of(ContactImporterTest.class.getResource("/demo/contacts.csv").toURI());
    Files.copy(examples, contacts());
    byte[] before = Files.readAllBytes(contacts());

    Report preview = importConnections(false);

    assertThat(EN.problems(preview)).anyMatch(line -> line.contains("contacts.example.csv"));
    assertThat(Files.readAllBytes(contacts())).isEqualTo(before);
    assertThat(dir.resolve("contacts.example.csv")).doesNotExist();
  }

  @Test
  void importingTheSameFileTwiceAddsNobodyAndLeavesNoTemporaryFiles() throws Exception {
    importFixture("Connections.csv");
    String first = Files.readString(contacts());

    Report again = importFixture("Connections.csv");

    assertThat(again.added()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(Files.readString(contacts())).isEqualTo(first);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files)
          .extracting(path -> path.getFileName().toString())
          .containsExactly("contacts.csv");
    }
  }

  @Test
  void readsAGoogleExportWithFoldedLinesEscapesAndThePreferredEmail() throws Exception {
    Report report = importFixture("google.vcf");

    assertThat(report.added()).isEqualTo(3);
    Contact giulia = byId("giulia-bianchi");
    assertThat(giulia.title()).contains("Dott.ssa");
    assertThat(giulia.company()).contains("Studio Bianchi, Verdi");
    assertThat(giulia.role()).contains("Responsabile risorse umane");
    assertThat(giulia.notes())
        .contains("Conosciuta al convegno AIDP, Milano 2025. Interessata al welfare aziendale.");
    assertThat(Files.readString(contacts())).contains("https://www.linkedin.com/in/giuliabianchi");
    assertThat(byId("sarah-jones").email()).contains("sarah.jones@thames.example");
    assertThat(byId("niccolo-ferri").firstName()).isEqualTo("Niccolò");
  }

  @Test
  void readsAnAppleExportWithItsSocialProfileAndReportsACardWithoutName() throws Exception {
    Report report = importFixture("apple.vcf");

    assertThat(report.added()).isEqualTo(1);
    assertThat(EN.problems(report))
        .containsExactly("apple.vcf: line 12: no first or last name;" + " row skipped");
    Contact anna = byId("anna-conti");
    assertThat(anna.title()).contains("Prof.");
    assertThat(anna.company()).contains("Università degli Studi di Milano");
    assertThat(anna.email()).contains("anna.conti@unimi.example");
    assertThat(Files.readString(contacts())).contains("http://www.linkedin.com/in/annaconti");
  }

  @Test
  void readsOutlookVCard21QuotedPrintableAndVCard4Preferences() throws Exception {
    importFixture("outlook.vcf");
    importFixture("v4.vcf");

    assertThat(byId("paolo-greco").notes())
        .contains("Preferisce chiamate dopo le 18, mai il lunedì");
    assertThat(byId("paolo-greco").email()).contains("paolo@grecotrasporti.example");
    assertThat(byId("tom-baker").email()).contains("tom.baker@pmo.example");
  }

  @Test
  void mergesLinkedInUrlsWrittenDifferently() {
    assertThat(ContactImporter.profileKey("https://uk.linkedin.com/in/tombaker/?trk=x"))
        .isEqualTo(ContactImporter.profileKey("http://www.linkedin.com/in/TomBaker"));
  }

  @Test
  void readsAnyCsvThroughAColumnMappingWithBomCrlfAndSemicolons() throws Exception {
    Report report =
        ContactImporter.importFile(
            Request.of(fixture("import/rubrica.csv")).as(Format.CSV, RUBRICA_MAP), contacts());

    assertThat(report.added()).isEqualTo(2);
    assertThat(EN.problems(report))
        .containsExactly("rubrica.csv: line 4: no first or last name; row skipped");
    assertThat(byId("pietro-gallo").notes()).contains("Cliente dal 2019; preferisce il telefono");
    assertThat(byId("francesca-moretti").company()).contains("Studio Legale Moretti; Associati");
  }

  @Test
  void refusesAWrongMappingNamingItAndLeavesTheContactsFileAlone() throws Exception {
    Files.copy(fixture("contacts.csv"), contacts());
    byte[] before = Files.readAllBytes(contacts());
    Path rubrica = fixture("import/rubrica.csv");

    assertThatThrownBy(
            () ->
                ContactImporter.importFile(
                    Request.of(rubrica).as(Format.CSV, "Nome=nickname"), contacts()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("--map: 'nickname' is not a contacts column");
    assertThatThrownBy(
            () ->
                ContactImporter.importFile(
                    Request.of(rubrica).as(Format.CSV, "Name=first_name"), contacts()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("--map: rubrica.csv has no column 'Name' (its columns: Nome,");
    assertThatThrownBy(
            () ->
                ContactImporter.importFile(Request.of(rubrica).as(Format.LINKEDIN, ""), contacts()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("is this LinkedIn's Connections.csv?");
    assertThat(Files.readAllBytes(contacts())).isEqualTo(before);
  }

  @Test
  void tellsTheFormatFromTheContent() throws Exception {
    assertThat(ContactImporter.detect(Files.readString(fixture("import/Connections.csv"))))
        .isEqualTo(Format.LINKEDIN);
    assertThat(ContactImporter.detect(Files.readString(fixture("import/apple.vcf"))))
        .isEqualTo(Format.VCARD);
    assertThat(ContactImporter.detect("Nome;Cognome\nAda;Lovelace\n")).isEqualTo(Format.CSV);
  }

  @Test
  void addsAnIdColumnlessFilesNewPeopleWithoutIdsAndTheColumnsTheImportBrings()
      throws IOException, URISyntaxException {
    Files.writeString(contacts(), "first_name;last_name;email\r\nAda;Lovelace;ada@example.com\r\n");

    importFixture("v4.vcf");

    assertThat(Files.readString(contacts()))
        .isEqualTo(
            // Only columns a value goes into; the guessed ones too, for Tom is new:
            // uk.linkedin.com puts him in the UK, in English, first name.
            "first_name;last_name;email;company;role;languages;time_zone;formality;"
                + "linkedin_url\r\n"
                + "Ada;Lovelace;ada@example.com;;;;;;\r\n"
                + "Tom;Baker;tom.baker@pmo.example;PMO Partners;Programme manager;en;Europe/London;"
                + "informal;https://uk.linkedin.com/in/tombaker/\r\n");
  }

  @Test
  void editsALinkedContactsFileInPlaceKeepingItsLinkModeBomUnknownColumnsAndQuoting(
      @TempDir Path synced) throws IOException, URISyntaxException {
    Path real = synced.resolve("rubrica.csv");
    String before =
        "\uFEFFid,first_name,last_name,email,Compleanno,\"notes\"\r\n"
            + "ada,\"Ada\",Lovelace,ada@example.com,10/12,\"quoted, as she wrote it\"\r\n"
            + "\r\n"
            + "tom,Tom,Baker,,,\r\n";
    Files.writeString(real, before);
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Files.createSymbolicLink(contacts(), real);

    importFixture("v4.vcf"); // Tom Baker again, with his e-mail, company, role and profile

    assertThat(Files.isSymbolicLink(contacts())).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-r-----");
    assertThat(Files.readString(real))
        .isEqualTo(
            // Tom was already there: his e-mail, company, role and profile fill his empty cells,
            // but no empty column comes with them (language, zone and formality are guessed for
            // new people only, and nobody has a title); the owner's own column and quoting stay.
            "\uFEFFid,first_name,last_name,email,Compleanno,\"notes\",company,role,"
                + "linkedin_url\r\n"
                + "ada,\"Ada\",Lovelace,ada@example.com,10/12,\"quoted, as she wrote it\",,,\r\n"
                + "\r\n"
                + "tom,Tom,Baker,tom.baker@pmo.example,,,PMO Partners,Programme manager,"
                + "https://uk.linkedin.com/in/tombaker/\r\n");
    assertThat(Files.readString(dir.resolve("contacts.csv.bak"))).isEqualTo(before);
  }

  @Test
  void keepsTheBundledExamplesApartOnTheFirstImport() throws Exception {
    String bundled = Files.readString(Path.of("config/contacts.csv"));
    Files.writeString(contacts(), bundled);

    Report report = importFixture("Connections.csv");

    assertThat(Files.readString(dir.resolve("contacts.example.csv"))).isEqualTo(bundled);
    assertThat(read().contacts())
        .extracting(Contact::id)
        .containsExactly("marco-rossi", "niccolo-ferri", "elodie-martin", "chiara-d-amico");
    assertThat(byId("marco-rossi").email()).as("the owner's Marco, not the example's").isEmpty();
    assertThat(Files.readString(contacts()))
        .startsWith(bundled.lines().findFirst().orElseThrow())
        .doesNotContain("example.co.uk");
    assertThat(EN.problems(report))
        .contains(
            "contacts.csv held only the 7 example people invito ships with; they are kept in"
                + " contacts.example.csv, and contacts.csv now holds the people you import");
  }

  @Test
  void neverMergesAnImportedPersonIntoAnExampleLeftAmongTheOwnersPeople() throws Exception {
    String[] bundled = Files.readString(Path.of("config/contacts.csv")).split("\n");
    String before =
        bundled[0] + "\n" + bundled[1] + "\n" + "ada,Ada,Lovelace,,ada@example.com,,,,,,,,,\n";
    Files.writeString(contacts(), before);

    Report report = importFixture("Connections.csv");

    assertThat(Files.readString(contacts()))
        .as("the example's row as it was, with the column the import brings")
        .contains(bundled[1] + ",\n");
    assertThat(read().contacts())
        .extracting(Contact::id)
        .contains("marco-rossi", "ada", "marco-rossi-2");
    assertThat(byId("marco-rossi").email()).contains("marco.rossi@example.it");
    assertThat(dir.resolve("contacts.example.csv")).doesNotExist();
    assertThat(EN.problems(report))
        .anyMatch(
            problem ->
                problem.startsWith("contacts.csv: still holds 1 of the example people")
                    && problem.contains("(marco-rossi)"));
  }

  @Test
  void reportsInterestsFoundInAPositionAsSuggestionsWithoutWritingThem() throws Exception {
    Report report =
        ContactImporter.importFile(
            Request.of(fixture("import/Connections.csv"))
                .suggesting(
                    new io.invito.match.InterestSuggester(List.of("security", "cloud"))::suggest),
            contacts());

    assertThat(EN.guessed(report))
        .anyMatch(
            line ->
                line.contains("elodie-martin")
                    && line.contains("interests to consider, not written: security"));
    assertThat(EN.guessed(report))
        .filteredOn(line -> line.contains("marco-rossi"))
        .singleElement()
        .asString()
        .doesNotContain("interests to consider");
    assertThat(byId("elodie-martin").interests()).isEmpty();
  }

  @Test
  void reportsARealExportInItalianForAnItalianOwner() throws Exception {
    Report report = importConnections(true);
    ImportMessages italian = ImportMessages.of(Language.IT);

    assertThat(italian.problems(report))
        .containsExactly(
            "Connections.csv: riga 9: mancano sia il nome sia il cognome; riga saltata",
            "Connections.csv: riga 10: in email, 'luca@bruno' non è un indirizzo e-mail;"
                + " riga saltata");
    assertThat(italian.guessed(report))
        .contains(
            "Connections.csv: riga 5: marco-rossi: lingua it (Marco è un nome italiano), fuso"
                + " orario Europe/Rome (parla italiano), formalità lei (italiano, primo contatto"
                + " su LinkedIn)",
            "Connections.csv: riga 7: elodie-martin: lingua en (la qualifica 'Security"
                + " consultant, EMEA' è inglese), fuso orario Europe/London (parla inglese, fuso"
                + " non indicato: è un'ipotesi), formalità informal (inglese: per nome, nessun"
                + " titolo noto)");
    assertThat(EN.guessed(report))
        .as("the same report, in English")
        .contains(
            "Connections.csv: line 5: marco-rossi: language it (Marco is an Italian name), zone"
                + " Europe/Rome (Italian), formality lei (Italian, a first contact on LinkedIn)");
  }

  @Test
  void namesTheDomainAsWrittenAndAProfilesCountryAsAProfiles() throws Exception {
    Report google =
        ContactImporter.importFile(Request.of(fixture("labelled/google.vcf")), contacts());
    Report linkedIn =
        ContactImporter.importFile(Request.of(fixture("labelled/Connections.csv")), contacts());

    // A .co.uk address is ".uk" (it read ".gb", a domain nobody uses), in both languages.
    assertThat(EN.guessed(google))
        .contains(
            "google.vcf: line 150: mark-robinson: phone +441614960000 (no country code: read as"
                + " a number in GB, their country), language en (e-mail .uk), zone Europe/London"
                + " (e-mail .uk), formality informal (English: first name, no title known)");
    assertThat(ImportMessages.of(Language.IT).guessed(google))
        .contains(
            "google.vcf: riga 150: mark-robinson: telefono +441614960000 (senza prefisso"
                + " internazionale: letto come numero del suo paese, GB), lingua en (e-mail .uk),"
                + " fuso orario Europe/London (e-mail .uk), formalità informal (inglese: per nome,"
                + " nessun titolo noto)");
    // No e-mail, a profile on uk.linkedin.com: the profile is named, not an e-mail.
    assertThat(EN.guessed(linkedIn))
        .contains(
            "Connections.csv: line 11: sarah-thompson: language en (LinkedIn profile in GB), zone"
                + " Europe/London (LinkedIn profile in GB), formality informal (English: first"
                + " name, no title known)");
  }

  @Test
  void namesTheValuesOfACsvRowLongerThanItsHeader() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("people.csv"),
            "first_name,last_name,email\nAnna,Neri,anna@example.it,Rossi & C\n"
                + "Luca,Blu,luca@example.it\n");

    Report report = ContactImporter.importFile(Request.of(csv), contacts());

    assertThat(report.added()).isEqualTo(1);
    assertThat(EN.problems(report))
        .containsExactly(
            "people.csv: line 2: 4 values but the header has 3 (quote values that contain"
                + " commas); row skipped");
  }

  @Test
  void refusesAFileWithNoNameColumnNamingItsColumnsInTheOwnersLanguage() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("rubrica.csv"), "Nome;Cognome;Posta\nPietro;Gallo;pietro@example.it\n");

    assertThatThrownBy(() -> ContactImporter.importFile(Request.of(csv), contacts()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "rubrica.csv: no column gives a first or last name; say which with --map"
                + " \"Nome=first_name,Cognome=last_name\" (its columns: Nome, Cognome, Posta)")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.type(ImportRefused.class))
        .extracting(refused -> ImportMessages.of(Language.IT).line(refused.finding()))
        .isEqualTo(
            "rubrica.csv: nessuna colonna contiene il nome o il cognome; indica quale con --map"
                + " \"Nome=first_name,Cognome=last_name\" (le sue colonne: Nome, Cognome, Posta)");
    assertThat(contacts()).doesNotExist();
  }
}
