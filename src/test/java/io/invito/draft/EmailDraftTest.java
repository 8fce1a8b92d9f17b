package io.invito.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.testing.ContactBuilder;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every e-mail draft reads back with Jakarta Mail and ical4j as the mail client will read it. */
class EmailDraftTest {
  private static final TemplateSet TEMPLATES = TemplateSet.load(Fixtures.TEMPLATES);

  @TempDir Path out;

  private Draft email(KnownEvent known, Contact contact) {
    return new InvitationWriter(TEMPLATES, Fixtures.OWNER, out, Fixtures.CLOCK)
        .write(Fixtures.match(known, contact), known, contact, Fixtures.WEEK)
        .get(0);
  }

  private static VEvent vevent(String ics) throws IOException, ParserException {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void everyEmailDraftParsesBackWithItsHeadersPartsAndCalendar() throws Exception {
    InvitationWriter writer = new InvitationWriter(TEMPLATES, Fixtures.OWNER, out, Fixtures.CLOCK);
    Map<String, Contact> contacts = Fixtures.contactsById();
    Map<String, KnownEvent> events = Fixtures.eventsById();
    int emails = 0;
    for (Match match : Fixtures.matches()) {
      KnownEvent known = events.get(match.eventId());
      Contact contact = contacts.get(match.contactId());
      Draft draft = writer.write(match, known, contact, Fixtures.WEEK).get(0);
      Event event = known.event();
      Eml eml = Eml.read(draft.file());

      assertThat(draft.invitation().channel()).isEqualTo(Channel.EMAIL);
      assertThat(eml.subject()).endsWith(": " + event.title());
      assertThat(eml.header(EmailComposer.UNSENT)).isEqualTo("1");
      assertThat(eml.from()).isEqualTo("Laura Bianchi <laura@example.org>");
      assertThat(eml.to())
          .containsExactly(contact.fullName() + " <" + contact.email().orElseThrow() + ">");
      assertThat(eml.header("Date")).isEqualTo("Sat, 28 Nov 2026 09:00:00 +0100");
      assertThat(eml.text()).contains(event.title()).contains(event.url().orElseThrow().toString());
      assertThat(eml.html())
          .contains("href=\"" + event.url().orElseThrow().toString().replace("&", "&amp;") + "\"");
      assertThat(eml.icsType())
          .startsWith("text/calendar")
          .contains("method=PUBLISH")
          .contains("charset=UTF-8");
      assertThat(eml.icsName()).isEqualTo(event.id() + ".ics");
      VEvent vevent = vevent(eml.ics());
      assertThat(vevent.getProperty(Property.UID).orElseThrow().getValue())
          .isEqualTo(event.id() + "@invito");
      assertThat(vevent.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("Z");
      Temporal start = vevent.getDateTimeStart().getDate();
      assertThat(Instant.from(start)).isEqualTo(event.requireStart().toInstant());
      assertThat(vevent.getProperty(Property.SUMMARY).orElseThrow().getValue())
          .isEqualTo(event.title());
      emails++;
    }
    assertThat(emails).isEqualTo(Fixtures.matches().size());
  }

  @Test
  void encodesAnAccentedSubjectAndNameAsRfc2047AndDecodesThemToTheOriginal() throws Exception {
    Draft draft = email(Fixtures.CLOUD, Fixtures.CHIARA);
    String raw = Files.readString(draft.file(), StandardCharsets.US_ASCII);
    Eml eml = Eml.read(draft.file());

    assertThat(raw)
        .as("headers are 7-bit: accents only as encoded-words")
        .doesNotContain("è")
        .contains("Subject: =?UTF-8?")
        .contains("To: =?UTF-8?");
    assertThat(eml.subject())
        .isEqualTo(
            "Un evento che potrebbe interessarti: Sicurezza nel"
                + " cloud: perché il ransomware è ancora una minaccia");
    assertThat(eml.to()).containsExactly("Chiara Cantù <chiara-cantu@example.org>");
  }

  @Test
  void writesTheDraftWithoutToWhenTheContactHasNoUsableAddress() throws Exception {
    for (Optional<String> email :
        List.of(
            Optional.<String>empty(),
            Optional.of("not an address"),
            Optional.of("a@example.org, b@example.org"),
            Optional.of("x@example.org\r\nBcc: y@z.org"))) {
      Contact contact =
          ContactBuilder.from(Fixtures.MARCO)
              .email(email.orElse(null))
              .channel(Channel.EMAIL)
              .build();
      Eml eml = Eml.read(email(Fixtures.CLOUD, contact).file());

      assertThat(eml.to()).as("to %s", email).isEmpty();
      assertThat(eml.message().getRecipients(MimeMessage.RecipientType.BCC)).isNull();
      assertThat(eml.text()).startsWith("Ciao Marco,");
    }
  }

  @Test
  void marksACancelledEventCancelledInTheCalendar() throws Exception {
    KnownEvent cancelled = Events.with(Fixtures.CLOUD, EventStatus.CANCELLED);

    Eml eml = Eml.read(email(cancelled, Fixtures.MARCO).file());

    assertThat(vevent(eml.ics()).getProperty(Property.STATUS).orElseThrow().getValue())
        .isEqualTo("CANCELLED");
    assertThat(eml.text()).contains("annullato");
  }

  @Test
  void writesAnAllDayEventAsDatesWithAnExclusiveEnd() throws Exception {
    KnownEvent allDay = Events.allDay(Fixtures.CLOUD);

    VEvent vevent = vevent(Eml.read(email(allDay, Fixtures.JOHN).file()).ics());

    assertThat(vevent.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261203");
    assertThat(vevent.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2026, 12, 4));
  }

  @Test
  void aTitleWithLineBreaksCannotAddHeaders() throws Exception {
    KnownEvent evil =
        Events.titled(
            Fixtures.CLOUD,
            "Webinar\r\nBcc: victim@example.org\r\nX-Evil: 1\n\nbody?\rContent-Type: text/html");

    Draft draft = email(evil, Fixtures.JOHN);
    Eml eml = Eml.read(draft.file());

    assertThat(eml.headerNames()).doesNotContain("Bcc", "X-Evil").containsOnlyOnce("Content-Type");
    assertThat(eml.message().getRecipients(MimeMessage.RecipientType.BCC)).isNull();
    assertThat(eml.subject())
        .endsWith("Webinar Bcc: victim@example.org X-Evil: 1 body? Content-Type: text/html");
    String raw = Files.readString(draft.file(), StandardCharsets.US_ASCII);
    String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
    assertThat(headers.lines())
        .as("every header line is a header or a folded continuation")
        .allMatch(line -> line.matches("[A-Za-z-]+: .*|[ \t].*"))
        .noneMatch(line -> line.startsWith("Bcc:") || line.startsWith("X-Evil"));
  }

  @Test
  void rendersTheSameBytesEveryTimeAndKeepsTheFirstDateWhenNothingChanged() throws Exception {
    Draft first = email(Fixtures.CLOUD, Fixtures.MARCO);
    byte[] bytes = Files.readAllBytes(first.file());
    java.time.Clock later = java.time.Clock.offset(Fixtures.CLOCK, java.time.Duration.ofDays(2));

    Draft again =
        new InvitationWriter(TEMPLATES, Fixtures.OWNER, out, later)
            .write(
                Fixtures.match(Fixtures.CLOUD, Fixtures.MARCO),
                Fixtures.CLOUD,
                Fixtures.MARCO,
                Fixtures.WEEK)
            .get(0);

    assertThat(again.outcome()).isEqualTo(Draft.Outcome.UNCHANGED);
    assertThat(Files.readAllBytes(again.file())).isEqualTo(bytes);
    assertThat(again.invitation().contentHash()).isEqualTo(first.invitation().contentHash());

    KnownEvent moved =
        Events.startingAt(
            Fixtures.CLOUD, LocalDateTime.of(2026, 12, 4, 18, 0).atZone(Fixtures.ROME));
    Draft changed =
        new InvitationWriter(TEMPLATES, Fixtures.OWNER, out, later)
            .write(Fixtures.match(moved, Fixtures.MARCO), moved, Fixtures.MARCO, Fixtures.WEEK)
            .get(0);
    Eml eml = Eml.read(changed.file());

    assertThat(changed.outcome()).isEqualTo(Draft.Outcome.REPLACED);
    assertThat(eml.header("Date")).isEqualTo("Mon, 30 Nov 2026 09:00:00 +0100");
    assertThat(eml.header("Message-ID")).isNotEqualTo(Eml.parse(bytes).header("Message-ID"));
    assertThat(Instant.from(vevent(eml.ics()).getDateTimeStart().getDate()))
        .isEqualTo(Instant.parse("2026-12-04T17:00:00Z"));
  }

  @Test
  void leavesTheIcsUnvalidatedButComplete() throws Exception {
    String ics = IcsRenderer.render(Fixtures.RAG);

    assertThat(ics)
        .contains(
            "\r\nMETHOD:PUBLISH\r\n",
            "\r\nDTSTART:20261202T170000Z\r\n",
            "\r\nDTEND:20261202T183000Z\r\n",
            "\r\nLOCATION:Impact Hub\\, London\r\n",
            "\r\nSTATUS:CONFIRMED\r\n",
            "\r\nDTSTAMP:20261127T100000Z\r\n");
    assertThat(vevent(ics).getProperty(Property.URL).orElseThrow().getValue())
        .isEqualTo(
            "https://example.org/workshops/rag?utm_source=feed&ref=invito-weekly-digest-2026");
  }
}
