package io.invito.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.testing.ContactBuilder;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvitationWriterTest {
  private static final TemplateSet TEMPLATES = TemplateSet.load(Fixtures.TEMPLATES);

  @TempDir Path out;

  private InvitationWriter writer() {
    return new InvitationWriter(TEMPLATES, Fixtures.OWNER, out, Fixtures.CLOCK);
  }

  /** The text a contact reads: the plain part of an e-mail draft, else the file. */
  private static String read(Draft draft) throws IOException {
    if (draft.file().toString().endsWith(".eml")) {
      try {
        return Eml.read(draft.file()).text();
      } catch (MessagingException e) {
        throw new AssertionError("unreadable e-mail draft " + draft.file(), e);
      }
    }
    return Files.readString(draft.file(), StandardCharsets.UTF_8);
  }

  @Test
  void writesTheEmailAndThePreferredChannelWithStableIdsAndHashes() throws IOException {
    List<Draft> drafts =
        writer().write(Fixtures.matches().get(0), Fixtures.CLOUD, Fixtures.MARCO, Fixtures.WEEK);

    assertThat(drafts)
        .extracting(draft -> draft.invitation().channel())
        .containsExactly(Channel.EMAIL, Channel.WHATSAPP);
    Invitation email = drafts.get(0).invitation();
    assertThat(email.path().toString().replace('\\', '/'))
        .isEqualTo("invites/2026-W49/marco-rossi/ev-cloud-security.eml");
    assertThat(drafts.get(1).file()).hasFileName("ev-cloud-security.whatsapp.txt");
    assertThat(email.contentHash())
        .isEqualTo(InvitationWriter.sha256(Files.readAllBytes(drafts.get(0).file())))
        .hasSize(64);
    assertThat(email.id())
        .hasSize(12)
        .isEqualTo(
            InvitationWriter.invitationId("ev-cloud-security", "marco-rossi", Channel.EMAIL));
    assertThat(email.id()).isNotEqualTo(drafts.get(1).invitation().id());
    assertThat(email.status()).isEqualTo(Invitation.Status.DRAFTED);
    assertThat(email.createdAt()).isEqualTo(Fixtures.CLOCK.instant());
  }

  @Test
  void addressesContactsByLanguageAndFormality() {
    assertThat(Wording.of(Language.IT).salutation(Fixtures.MARCO)).isEqualTo("Ciao Marco,");
    assertThat(Wording.of(Language.IT).salutation(Fixtures.GIULIA))
        .isEqualTo("Gentile Dott.ssa Verdi,");
    assertThat(Wording.of(Language.IT).salutation(Fixtures.PAOLO)).isEqualTo("Gentile Paolo Neri,");
    assertThat(Wording.of(Language.EN).salutation(Fixtures.ANNA)).isEqualTo("Hi Anna,");
    assertThat(Wording.of(Language.EN).salutation(Fixtures.JOHN)).isEqualTo("Dear Dr. Smith,");
  }

  @Test
  void saysTheTimeInTheContactsZoneAndLanguage() throws IOException {
    List<Draft> marco =
        writer().write(Fixtures.matches().get(0), Fixtures.CLOUD, Fixtures.MARCO, Fixtures.WEEK);
    Contact emma = Fixtures.EMMA;
    List<Draft> english =
        writer().write(Fixtures.match(Fixtures.CLOUD, emma), Fixtures.CLOUD, emma, Fixtures.WEEK);

    assertThat(read(marco.get(0))).contains("giovedì 3 dicembre alle 18:00, ora italiana");
    assertThat(read(english.get(0))).contains("Thursday 3 December at 5:00 pm UK time");
  }

  @Test
  void keepsLinkedInNotesWithin300CharactersCuttingOnlyAtWordBoundaries() throws IOException {
    String title =
        "Un titolo davvero lunghissimo "
            + "sull'intelligenza artificiale generativa ".repeat(12)
            + "fine";
    KnownEvent long1 = Events.titled(Fixtures.CLOUD, title);
    Contact sara = Fixtures.SARA;

    Draft note =
        writer()
            .write(
                Fixtures.match(
                    long1,
                    sara,
                    Fixtures.interest(
                        "apprendimento automatico e reti neurali profonde per la visione",
                        "x",
                        "title"),
                    Fixtures.interest(
                        "sicurezza informatica nelle infrastrutture critiche nazionali",
                        "y",
                        "title")),
                long1,
                sara,
                Fixtures.WEEK)
            .get(1);
    String text = read(note);

    assertThat(note.invitation().channel()).isEqualTo(Channel.LINKEDIN);
    assertThat(text.length()).isLessThanOrEqualTo(InvitationWriter.LINKEDIN_LIMIT);
    assertThat(text).contains("https://example.org/eventi/cloud-security");
    String shownTitle = text.substring(text.indexOf('«') + 1, text.indexOf('»'));
    assertThat(shownTitle).endsWith("…");
    String kept = shownTitle.substring(0, shownTitle.length() - 1);
    assertThat(title).startsWith(kept);
    assertThat(title.charAt(kept.length())).as("the cut falls between words").isEqualTo(' ');
  }

  @Test
  void keepsWhatsAppMessagesWithin1000CharactersWithTheLink() throws IOException {
    String title =
        "Corso completo " + "di sicurezza delle applicazioni web moderne ".repeat(40) + "fine";
    KnownEvent longOne = Events.titled(Fixtures.CLOUD, title);

    Draft message =
        writer()
            .write(
                Fixtures.match(
                    longOne,
                    Fixtures.MARCO,
                    Fixtures.interest("sicurezza informatica", "sicurezza", "title")),
                longOne,
                Fixtures.MARCO,
                Fixtures.WEEK)
            .get(1);
    String text = read(message);

    assertThat(message.invitation().channel()).isEqualTo(Channel.WHATSAPP);
    assertThat(title.length()).isGreaterThan(InvitationWriter.WHATSAPP_LIMIT);
    assertThat(text.length()).isLessThanOrEqualTo(InvitationWriter.WHATSAPP_LIMIT);
    assertThat(text)
        .startsWith("Ciao Marco,")
        .contains("https://example.org/eventi/cloud-security")
        .contains("…»")
        .endsWith("Fammi sapere se ci sei!\n");
  }

  @Test
  void leavesAShortLinkedInNoteWhole() throws IOException {
    Draft note =
        writer()
            .write(Fixtures.matches().get(1), Fixtures.CLOUD, Fixtures.PAOLO, Fixtures.WEEK)
            .get(1);

    assertThat(read(note))
        .contains("«Sicurezza nel cloud: perché il ransomware è ancora una minaccia»")
        .doesNotContain("…");
  }

  @Test
  void cutsTextAtWordBoundariesOnly() {
    assertThat(Texts.atWord("alpha beta gamma", 12)).isEqualTo("alpha beta…");
    assertThat(Texts.atWord("alpha, beta gamma", 9)).isEqualTo("alpha…");
    assertThat(Texts.atWord("supercalifragilistic", 10)).isEmpty();
    assertThat(Texts.atWord("short", 10)).isEqualTo("short");
  }

  @Test
  void givesContactsInvitedToTheSameEventDifferentOpenings() throws IOException {
    InvitationWriter writer = writer();
    Set<String> openings = new HashSet<>();
    List<String> first = new ArrayList<>();
    for (String name : List.of("ada", "bruno", "carla", "dario", "elena")) {
      Contact contact = ContactBuilder.italian().id(name).name(name, "Test").build();
      String text =
          read(
              writer
                  .write(
                      Fixtures.match(Fixtures.CLOUD, contact),
                      Fixtures.CLOUD,
                      contact,
                      Fixtures.WEEK)
                  .get(0));
      String opening = text.lines().skip(2).findFirst().orElseThrow();
      first.add(opening);
      openings.add(opening.substring(0, opening.indexOf(" Ti segnalo")));
    }

    assertThat(openings).hasSize(5);
    // A fresh writer (the next run) gives each contact the same opening again.
    InvitationWriter again = new InvitationWriter(TEMPLATES, Fixtures.OWNER, out, Fixtures.CLOCK);
    List<Boolean> rewritten = new ArrayList<>();
    for (String name : List.of("ada", "bruno", "carla", "dario", "elena")) {
      Contact contact = ContactBuilder.italian().id(name).name(name, "Test").build();
      rewritten.add(
          again
              .write(
                  Fixtures.match(Fixtures.CLOUD, contact), Fixtures.CLOUD, contact, Fixtures.WEEK)
              .get(0)
              .written());
    }
    assertThat(rewritten).containsOnly(false);
  }

  @Test
  void writesAtomicallyLeavingNoTempFilesAndRewritesNothingWhenUnchanged() throws IOException {
    List<Draft> before = Fixtures.draftAll(writer(), Fixtures.eventsById());
    FileTime old = FileTime.fromMillis(0);
    for (Draft draft : before) {
      Files.setLastModifiedTime(draft.file(), old);
    }

    List<Draft> after = Fixtures.draftAll(writer(), Fixtures.eventsById());

    assertThat(before).extracting(Draft::written).containsOnly(true);
    assertThat(after).extracting(Draft::written).containsOnly(false);
    assertThat(after)
        .extracting(draft -> draft.invitation().contentHash())
        .isEqualTo(before.stream().map(draft -> draft.invitation().contentHash()).toList());
    for (Draft draft : after) {
      assertThat(Files.getLastModifiedTime(draft.file())).isEqualTo(old);
    }
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()))
          .hasSize(before.size())
          .allMatch(
              name -> (name.endsWith(".txt") || name.endsWith(".eml")) && !name.startsWith("."));
    }
  }

  @Test
  void rewritesTheDraftWhenTheEventChanged() throws IOException {
    Draft first =
        writer()
            .write(Fixtures.matches().get(0), Fixtures.CLOUD, Fixtures.MARCO, Fixtures.WEEK)
            .get(0);
    KnownEvent moved =
        Events.startingAt(
            Fixtures.CLOUD, LocalDateTime.of(2026, 12, 4, 18, 0).atZone(Fixtures.ROME));

    Draft second =
        writer().write(Fixtures.matches().get(0), moved, Fixtures.MARCO, Fixtures.WEEK).get(0);

    assertThat(first.outcome()).isEqualTo(Draft.Outcome.CREATED);
    assertThat(first.superseded()).isEmpty();
    assertThat(second.written()).isTrue();
    assertThat(second.outcome()).isEqualTo(Draft.Outcome.REPLACED);
    assertThat(second.superseded()).contains(out.resolve(DraftKeeper.keptAt(first.invitation())));
    assertThat(second.file()).isEqualTo(first.file());
    assertThat(second.invitation().id()).isEqualTo(first.invitation().id());
    assertThat(second.invitation().contentHash()).isNotEqualTo(first.invitation().contentHash());
    assertThat(read(second))
        .contains(
            "Nota: l'evento è stato spostato a venerdì 4 dicembre alle"
                + " 18:00 (prima era giovedì 3 dicembre alle 18:00).");
  }

  @Test
  void writesNothingForAContactWhoOptedOut() {
    Contact optedOut = ContactBuilder.from(Fixtures.MARCO).optOut(true).build();

    assertThat(writer().write(Fixtures.matches().get(0), Fixtures.CLOUD, optedOut, Fixtures.WEEK))
        .isEmpty();
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void refusesAnIdThatWouldLeaveTheOutputFolder() {
    Contact evil =
        ContactBuilder.italian()
            .id("../../etc")
            .name("Eve", "Il")
            .languages(Language.EN)
            .zone(Fixtures.LONDON)
            .build();

    assertThatThrownBy(
            () ->
                writer()
                    .write(
                        Fixtures.match(Fixtures.CLOUD, evil), Fixtures.CLOUD, evil, Fixtures.WEEK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "contact id '../../etc' is not an id (letters, digits, '.', '_', '-'; at most 64)");
  }

  @Test
  void choosesAnItalianArticleOnlyWhenSure() {
    assertThat(ItalianArticles.withArticle("sicurezza informatica"))
        .hasValue("la sicurezza informatica");
    assertThat(ItalianArticles.withArticle("intelligenza artificiale"))
        .hasValue("l'intelligenza artificiale");
    assertThat(ItalianArticles.withArticle("cloud")).hasValue("il cloud");
    assertThat(ItalianArticles.withArticle("sviluppo software")).hasValue("lo sviluppo software");
    assertThat(ItalianArticles.withArticle("sistema operativo")).hasValue("il sistema operativo");
    assertThat(ItalianArticles.withArticle("reti neurali")).isEmpty();
    assertThat(ItalianArticles.withArticle("gestione del rischio"))
        .hasValue("la gestione del rischio");
  }
}
