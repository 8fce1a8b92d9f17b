package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactsCommandTest {
  @TempDir Path config;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  // Every section is spelled out: this tree's ConfigLoader fails on a missing one (reported).
  @BeforeEach
  void writeConfig() throws IOException {
    Files.writeString(
        config.resolve("invito.yaml"),
        """
        owner:
          name: Ada Rossi
          email: ada@example.it
          language: it
          timeZone: Europe/Rome
        store:
          path: data/invito
        schedules:
          digest: "0 0 7 ? * MON"
        fetch:
          concurrency: 2
        matching:
          minScore: 1
        """);
    Files.writeString(config.resolve("sources.yaml"), "sources: []\n");
    Files.createDirectories(config.resolve("templates"));
    Files.writeString(
        config.resolve("contacts.csv"),
        "id,first_name,last_name,email,interests\n"
            + "ada,Ada,Lovelace,ada@example.com,calcolo;poesia\n");
  }

  /** {@code invito contacts ARGS}, as a user runs it: Main's messages and exit codes. */
  private int run(String... args) {
    String[] line = new String[args.length + 1];
    line[0] = "contacts";
    System.arraycopy(args, 0, line, 1, args.length);
    return Main.run(new PrintWriter(out), new PrintWriter(err), line);
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ContactsCommandTest.class.getResource("/contacts/import/" + name).toURI());
  }

  /** The owner's language, which the import's report is written in. */
  private void ownerSpeaks(String language) throws IOException {
    Path yaml = config.resolve("invito.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("language: it", "language: " + language));
  }

  @Test
  void importsAnExportAndSaysWhatItDidAndWhatItSkipped() throws Exception {
    ownerSpeaks("en");

    int code = run("import", fixture("Connections.csv").toString(), "--config", config.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith(
            "contacts.csv: 4 added, 0 updated, 0 unchanged\n"
                + "Filled in for the people added (check them, edit with contacts edit):\n")
        .contains(
            "  Connections.csv: line 5: marco-rossi: language it (Marco is an Italian name),"
                + " zone Europe/Rome (Italian), formality lei (Italian, a first contact on LinkedIn)\n");
    assertThat(err.toString())
        .contains("warning: Connections.csv: line 9: no first or last name; row skipped");
    assertThat(Files.readString(config.resolve("contacts.csv"))).contains("marco-rossi,Marco");
  }

  @Test
  void reportsTheImportInItalianToAnItalianOwner() throws Exception {
    int code = run("import", fixture("Connections.csv").toString(), "--config", config.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith(
            "contacts.csv — aggiunti: 4, aggiornati: 0, senza modifiche: 0\n"
                + "Dati completati per le persone aggiunte (da controllare; si modificano con"
                + " contacts edit):\n")
        .contains(
            "  Connections.csv: riga 5: marco-rossi: lingua it (Marco è un nome italiano),"
                + " fuso orario Europe/Rome (parla italiano), formalità lei (italiano, primo"
                + " contatto su LinkedIn)\n");
    assertThat(err.toString())
        .contains(
            "avviso: Connections.csv: riga 9: mancano sia il nome sia il cognome; riga saltata\n",
            "avviso: Connections.csv: riga 10: in email, 'luca@bruno' non è un indirizzo e-mail;"
                + " riga saltata\n");
  }

  @Test
  void refusesAWrongMappingInTheOwnersLanguageWithExitTwo() throws Exception {
    int code =
        run(
            "import",
            fixture("rubrica.csv").toString(),
            "--map",
            "Nome=nickname",
            "--config",
            config.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "error: --map: 'nickname' non è una colonna dei contatti (colonne note: id,"
                + " first_name, last_name,");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void importsACsvWithAFormatAndAMapping() throws Exception {
    ownerSpeaks("en");

    int code =
        run(
            "--config",
            config.toString(),
            "import",
            fixture("rubrica.csv").toString(),
            "--format",
            "CSV",
            "--map",
            "Nome=first_name,Cognome=last_name,Posta elettronica=email");

    assertThat(code).isZero();
    assertThat(out.toString()).startsWith("contacts.csv: 2 added");
  }

  @Test
  void listsTheContactsAsInvitoReadsThem() {
    int code = run("list", "--config", config.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("ada", "Ada Lovelace", "ada@example.com", "it", "email", "calcolo; poesia")
        .endsWith("1 contacts\n");
  }

  @Test
  void refusesAnUnknownFormatAndAMissingConfigFolder() throws Exception {
    int code =
        run(
            "import",
            fixture("rubrica.csv").toString(),
            "--format",
            "excel",
            "--config",
            config.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--format: 'excel' is not one of linkedin, vcard, csv");
    assertThat(run("list", "--config", config.resolve("nowhere").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("error: ").contains("config folder does not exist");
  }

  @Test
  void editsOneContactInPlaceWritingThePhoneInE164AndLeavingTheRestAsWritten() throws IOException {
    Files.writeString(
        config.resolve("contacts.csv"),
        "id,first_name,last_name,email,interests,notes\n"
            + "ada,Ada,Lovelace,ada@example.com,calcolo;poesia,\"prima riga, seconda\"\n"
            + ",Alan,Turing,alan@example.co.uk,logica,\n");

    assertThat(
            run(
                "edit",
                "alan-t",
                "--set",
                "phone=020 7946 0958",
                "--set",
                "languages=en",
                "--config",
                config.toString()))
        .as(err.toString())
        .isZero();

    assertThat(Files.readString(config.resolve("contacts.csv")))
        .isEqualTo(
            "id,first_name,last_name,email,interests,notes,languages,phone\n"
                + "ada,Ada,Lovelace,ada@example.com,calcolo;poesia,\"prima riga, seconda\",,\n"
                + ",Alan,Turing,alan@example.co.uk,logica,,en,+442079460958\n");
  }

  @Test
  void refusesAnEditTheReaderWouldRejectAndLeavesTheFileAsItWas() throws IOException {
    String before = Files.readString(config.resolve("contacts.csv"));

    assertThat(run("edit", "ada", "--set", "time_zone=Atlantis", "--config", config.toString()))
        .isEqualTo(2);

    assertThat(err.toString()).contains("time_zone 'Atlantis'").contains("nothing was changed");
    assertThat(Files.readString(config.resolve("contacts.csv"))).isEqualTo(before);
  }

  @Test
  void removesOneContactsRow() throws IOException {
    Files.writeString(
        config.resolve("contacts.csv"),
        "id,first_name,last_name,email\nada,Ada,Lovelace,ada@example.com\n"
            + "alan,Alan,Turing,alan@example.com\n");

    assertThat(run("remove", "alan", "--config", config.toString())).isZero();

    assertThat(Files.readString(config.resolve("contacts.csv")))
        .isEqualTo("id,first_name,last_name,email\nada,Ada,Lovelace,ada@example.com\n");
    assertThat(run("remove", "nobody", "--config", config.toString())).isEqualTo(2);
  }

  @Test
  void removingARowLeavesEveryOtherRowAsTheOwnerWroteIt() throws IOException {
    Files.writeString(
        config.resolve("contacts.csv"),
        "id,first_name,last_name,email\r\n"
            + "alan,Alan,Turing,alan@example.com\r\n"
            + "ada,\"Ada\",Lovelace,ada@example.com\r\n"
            + "\r\n"
            + "grace,Grace,\"Hopper\",grace@example.com");

    assertThat(run("remove", "alan", "--config", config.toString())).isZero();

    assertThat(Files.readString(config.resolve("contacts.csv")))
        .isEqualTo(
            "id,first_name,last_name,email\r\n"
                + "ada,\"Ada\",Lovelace,ada@example.com\r\n"
                + "\r\n"
                + "grace,Grace,\"Hopper\",grace@example.com");
  }
}
