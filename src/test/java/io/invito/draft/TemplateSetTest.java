package io.invito.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.config.ConfigException;
import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Formality;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSetTest {
  @TempDir Path root;

  private Path templates() throws IOException {
    Path dir = root.resolve("templates");
    for (Language language : Language.values()) {
      Path folder = Files.createDirectories(dir.resolve(language.code()));
      Files.writeString(folder.resolve("email.txt"), "Subject: ${title}\n\n${salutation}\n");
      Files.writeString(folder.resolve("linkedin.txt"), "${salutation} ${url}\n");
      Files.writeString(folder.resolve("whatsapp.txt"), "${salutation} ${url}\n");
      Files.writeString(folder.resolve("phone.txt"), "${firstName}\n");
    }
    return dir;
  }

  private static Map<String, String> values() {
    Map<String, String> values = new HashMap<>();
    TemplateSet.VARIABLES.forEach(name -> values.put(name, name.toUpperCase()));
    return values;
  }

  @Test
  void loadsTheBundledTemplatesInBothLanguages() {
    TemplateSet set = TemplateSet.load(Fixtures.TEMPLATES);

    for (Language language : Language.values()) {
      for (Channel channel : Channel.values()) {
        for (Formality formality : Formality.values()) {
          assertThat(set.require(language, channel, formality).render(values())).isNotBlank();
        }
      }
    }
  }

  @Test
  void namesFileLineAndKnownVariablesForAnUnknownVariable() throws IOException {
    Path dir = templates();
    Files.writeString(
        dir.resolve("it/email.txt"), "Subject: ${title}\n\n${salutation}\nEcco ${titel} per te\n");

    assertThatThrownBy(() -> TemplateSet.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("templates/it/email.txt: line 4: unknown variable ${titel}")
        .hasMessageContaining("(known: changeNote, firstName, format,");
  }

  @Test
  void refusesLookupsAndDefaultsAsUnknownVariables() throws IOException {
    Path dir = templates();
    Files.writeString(dir.resolve("en/phone.txt"), "${firstName}\n${env:HOME}\n");
    assertThatThrownBy(() -> TemplateSet.load(dir))
        .hasMessageStartingWith("templates/en/phone.txt: line 2: unknown variable ${env:HOME}");

    Files.writeString(dir.resolve("en/phone.txt"), "${title:-no title}\n");
    assertThatThrownBy(() -> TemplateSet.load(dir))
        .hasMessageStartingWith(
            "templates/en/phone.txt: line 1: unknown variable ${title:-no title}");
  }

  @Test
  void namesTheMissingRequiredTemplate() throws IOException {
    Path dir = templates();
    Files.delete(dir.resolve("en/whatsapp.txt"));

    assertThatThrownBy(() -> TemplateSet.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage("templates/en/whatsapp.txt: required template is missing");
  }

  @Test
  void namesTheMissingLanguageFolder() throws IOException {
    Path dir = templates();
    for (String name : new String[] {"email.txt", "linkedin.txt", "whatsapp.txt", "phone.txt"}) {
      Files.delete(dir.resolve("en").resolve(name));
    }
    Files.delete(dir.resolve("en"));

    assertThatThrownBy(() -> TemplateSet.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("templates/en: template folder is missing");
  }

  @Test
  void refusesAnEmailTemplateWithoutSubjectLine() throws IOException {
    Path dir = templates();
    Files.writeString(dir.resolve("it/email.formal.txt"), "${salutation}\n\nbody\n");

    assertThatThrownBy(() -> TemplateSet.load(dir))
        .hasMessageStartingWith("templates/it/email.formal.txt: line 1: must be 'Subject: ...'");
  }

  @Test
  void refusesAnUnknownTemplateNameSoATypoIsNotIgnored() throws IOException {
    Path dir = templates();
    Files.writeString(dir.resolve("it/emial.txt"), "x\n");

    assertThatThrownBy(() -> TemplateSet.load(dir))
        .hasMessageStartingWith("templates/it/emial.txt: unknown template name");
  }

  @Test
  void prefersTheFormalityFileAndFallsBackToThePlainOne() throws IOException {
    Path dir = templates();
    Files.writeString(dir.resolve("en/email.formal.txt"), "Subject: formal\n\nDear sir\n");
    TemplateSet set = TemplateSet.load(dir);

    assertThat(set.require(Language.EN, Channel.EMAIL, Formality.FORMAL).render(values()))
        .isEqualTo("Subject: formal\n\nDear sir\n");
    assertThat(set.require(Language.EN, Channel.EMAIL, Formality.INFORMAL).render(values()))
        .isEqualTo("Subject: TITLE\n\nSALUTATION\n");
  }

  @Test
  void keepsAnEscapedPlaceholderAsLiteralText() throws IOException {
    Path dir = templates();
    Files.writeString(dir.resolve("en/phone.txt"), "cost $${price}, ${price}\n");

    String text =
        TemplateSet.load(dir)
            .require(Language.EN, Channel.PHONE, Formality.FORMAL)
            .render(values());

    assertThat(text).isEqualTo("cost ${price}, PRICE\n");
  }

  @Test
  void dropsALineWhoseVariablesAreAllEmptyAndCollapsesTheBlankLinesLeft() throws IOException {
    Path dir = templates();
    Files.writeString(
        dir.resolve("en/phone.txt"),
        "${firstName}\n\n${changeNote}\n\nOrganizer: ${organizer}\nEnd\n");
    Map<String, String> values = values();
    values.put("changeNote", "");
    values.put("organizer", "");

    String text =
        TemplateSet.load(dir).require(Language.EN, Channel.PHONE, Formality.FORMAL).render(values);

    assertThat(text).isEqualTo("FIRSTNAME\n\nEnd\n");
  }

  private static final Map<String, String> CALL =
      Map.of(
          "name", "Dott.ssa Conti",
          "firstName", "Elena",
          "ownerName", "Giulia Bianchi",
          "title", "",
          "when", "",
          "reason", "");

  // The post and call templates (issue 19): a folder without them, as one written before they
  // existed, uses the bundled ones; the user's own are used and checked for their own variables.

  @Test
  void aFolderWithoutThemUsesTheBundledPostAndCallTemplates() throws IOException {
    TemplateSet set = TemplateSet.load(templates());

    assertThat(set.require(Language.IT, "call", Formality.FORMAL).render(CALL))
        .isEqualTo(
            "Buongiorno Dott.ssa Conti, sono Giulia Bianchi: La chiamo per sapere come sta, è da"
                + " un po' che non ci sentiamo.\n");
    assertThat(set.require(Language.EN, "call", Formality.INFORMAL).render(CALL))
        .startsWith("Hi Elena, I just wanted to see how you're doing");
    assertThat(
            set.require(Language.IT, "post", Formality.INFORMAL)
                .render(Map.of("week", "la settimana X", "events", "EVENTI", "ownerName", "G")))
        .contains("Ecco quelli che consiglio per la settimana X:\n\nEVENTI\n");
  }

  @Test
  void theUsersOwnCallTemplateIsUsedAndCheckedForTheCallsVariables() throws IOException {
    Path dir = templates();
    Files.writeString(dir.resolve("it/call.txt"), "Ehi ${firstName}! Tutto bene?\n");
    TemplateSet set = TemplateSet.load(dir);

    // Their plain file serves every formality: the bundled formal one does not creep back.
    assertThat(set.require(Language.IT, "call", Formality.FORMAL).render(CALL))
        .isEqualTo("Ehi Elena! Tutto bene?\n");

    Files.writeString(dir.resolve("it/call.txt"), "Ciao ${firstName}, ecco il link: ${url}\n");
    assertThatThrownBy(() -> TemplateSet.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "templates/it/call.txt: line 1: unknown variable ${url} (known: firstName, name,"
                + " ownerName, reason, title, when)");
  }

  @Test
  void aFormalCallTemplateAloneIsRefusedNamingThePlainOneToAdd() throws IOException {
    Path dir = templates();
    Files.writeString(dir.resolve("en/call.formal.txt"), "Hello ${name}.\n");

    assertThatThrownBy(() -> TemplateSet.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("templates/en/call.txt: required template is missing");
  }
}
