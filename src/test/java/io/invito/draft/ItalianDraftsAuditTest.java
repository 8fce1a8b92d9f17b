package io.invito.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.EventStatus;
import io.invito.model.Formality;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Reason;
import io.invito.testing.ContactBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Italian drafts the bundled templates give, read as a proof-reader would: every draft of a set
 * of people and events chosen to meet elision and articles (names and interests beginning with a
 * vowel, plurals, one o'clock, a field where a role is expected) is written by the real writer and
 * searched for what a native speaker would correct.
 */
class ItalianDraftsAuditTest {
  /** What reads as a mistake, and how it should read. */
  private static final Map<Pattern, String> MISTAKES = new LinkedHashMap<>();

  static {
    mistake("\\ba [Aa]\\p{L}", "'ad' before a name in A: ad Andrea");
    mistake("\\bad [^aAàÀ\\s]", "'ad' only before a: a Marco, a Elena");
    mistake(
        "(?i)\\b(il|lo|la|una|della|dello|alla|allo|nella|nello|sulla|sullo|dalla|dallo)"
            + " [aeiouàèéìòù]\\p{L}",
        "elided before a vowel: l'evento, un'ora, dell'evento, all'evento");
    mistake("\\bl'[aeiou]\\p{L}*[^s\\W]i\\b", "no elision in the plural: gli eventi");
    mistake("\\bgli (?![aeiouàèéìòùhzxAEIOU]|s[^aeiou]|gn|ps)\\p{L}", "'gli' only before a vowel");
    mistake("\\balle 1:", "all'1:00");
    mistake("\\be e\\p{L}", "'ed' before e: cloud ed e-commerce");
    mistake("\\S {2,}\\S", "one space between words");
    mistake(" [,.;:!?]", "no space before punctuation");
    mistake("\\(\\s*\\)|«\\s*»|,\\s*,|\\.\\.(?!\\.)", "an empty value left its punctuation");
    mistake("\\$\\{", "a template variable left unfilled");
    mistake("ruolo di (e-commerce|marketing|export|vendite)", "a field is not a role");
  }

  private static void mistake(String regex, String fix) {
    MISTAKES.put(Pattern.compile(regex), fix);
  }

  @TempDir static Path out;

  private static final Map<String, String> drafts = new LinkedHashMap<>();

  private static Contact contact(
      String id, String first, String last, Formality formality, Channel channel) {
    return ContactBuilder.italian()
        .id(id)
        .name(first, last)
        .formality(formality)
        .channel(channel)
        .build();
  }

  @BeforeAll
  static void writeEveryDraft() throws IOException {
    // At one in the morning, moved there from eleven: "all'1:00", "alle 11:00".
    KnownEvent night =
        new KnownEvent(
            Fixtures.event("ev-night", LocalDateTime.of(2026, 12, 3, 1, 0).atZone(Fixtures.ROME))
                .title("Export e mercati asiatici: l'apertura delle borse in diretta")
                .url("https://example.org/eventi/asia")
                .platform("Zoom")
                .free(true)
                .organizer("Agenzia ICE")
                .status(EventStatus.RESCHEDULED)
                .build(),
            Instant.parse("2026-11-20T10:00:00Z"),
            Instant.parse("2026-11-27T10:00:00Z"),
            Optional.of(LocalDateTime.of(2026, 12, 2, 11, 0).atZone(Fixtures.ROME)),
            Optional.of(EventStatus.SCHEDULED));
    KnownEvent morning =
        Fixtures.event("ev-morning", LocalDateTime.of(2026, 12, 4, 8, 0).atZone(Fixtures.ROME))
            .title("Intelligenza artificiale per gli studi professionali")
            .url("https://example.org/eventi/ia")
            .free(false)
            .price("49 €")
            .organizer("Ordine degli Ingegneri")
            .known(Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:00Z"));
    List<Object[]> cases = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      for (Formality formality : List.of(Formality.INFORMAL, Formality.FORMAL)) {
        String suffix = channel.name().toLowerCase() + "-" + formality.name().toLowerCase();
        cases.add(
            new Object[] {
              contact("andrea-" + suffix, "Andrea", "Esposito", formality, channel),
              night,
              List.of(interest("eventi aziendali"), interest("export"))
            });
        cases.add(
            new Object[] {
              contact("elena-" + suffix, "Elena", "Ugolini", formality, channel),
              morning,
              List.of(interest("intelligenza artificiale"), interest("applicazioni web"))
            });
        cases.add(
            new Object[] {
              contact("irene-" + suffix, "Irene", "Amato", formality, channel),
              night,
              List.of(interest("aziende familiari"), interest("e-commerce"))
            });
        cases.add(
            new Object[] {
              contact("marco-" + suffix, "Marco", "Orsini", formality, channel),
              morning,
              List.of(new Reason(Reason.Kind.ROLE, "e-commerce", "e-commerce", "title"))
            });
        cases.add(
            new Object[] {
              contact("ugo-" + suffix, "Ugo", "Isola", formality, channel),
              morning,
              List.of(new Reason(Reason.Kind.ROLE, "amministratore", "studi", "title"))
            });
        cases.add(
            new Object[] {
              contact("sara-" + suffix, "Sara", "Ebner", formality, channel),
              night,
              List.of(interest("analisi dei dati"), interest("investimenti esteri"))
            });
      }
    }
    InvitationWriter writer =
        new InvitationWriter(
            TemplateSet.load(Fixtures.TEMPLATES), Fixtures.OWNER, out, Fixtures.CLOCK);
    for (Object[] each : cases) {
      Contact contact = (Contact) each[0];
      KnownEvent event = (KnownEvent) each[1];
      @SuppressWarnings("unchecked")
      List<Reason> reasons = (List<Reason>) each[2];
      Match match = new Match(event.event().id(), contact.id(), 0.8, reasons);
      for (Draft draft : writer.write(match, event, contact, Fixtures.WEEK)) {
        DraftText text = DraftText.read(draft.file()).orElseThrow();
        drafts.put(
            out.relativize(draft.file()).toString(),
            text.subject().map(subject -> subject + "\n").orElse("") + text.body());
      }
    }
  }

  private static Reason interest(String term) {
    return new Reason(Reason.Kind.INTEREST, term, term, "title");
  }

  @Test
  void noDraftHoldsWhatAProofReaderWouldCorrect() {
    List<String> found = new ArrayList<>();
    drafts.forEach(
        (file, text) -> {
          String[] lines = text.split("\n");
          for (int index = 0; index < lines.length; index++) {
            for (Map.Entry<Pattern, String> mistake : MISTAKES.entrySet()) {
              Matcher matcher = mistake.getKey().matcher(lines[index]);
              if (matcher.find()) {
                found.add(
                    "%s:%d: '%s' in «%s» (%s)"
                        .formatted(
                            file, index + 1, matcher.group(), lines[index], mistake.getValue()));
              }
            }
          }
        });

    // Every channel of every case, and the e-mail beside the notes of those with an address.
    assertThat(drafts).hasSizeGreaterThanOrEqualTo(6 * 2 * Channel.values().length);
    assertThat(found).as(String.join("\n", found)).isEmpty();
  }

  @Test
  void theCasesTheAuditIsAboutAreInTheDrafts() {
    String all = String.join("\n", drafts.values());

    assertThat(all)
        .as("the audit only counts if the drafts meet what it looks for")
        .contains("Telefonata ad Andrea")
        .contains("Telefonata a Elena")
        .contains("all'1:00")
        .contains("alle 11:00")
        .contains("gli eventi aziendali e l'export")
        .contains("l'intelligenza artificiale e le applicazioni web")
        .contains("aziende familiari ed e-commerce")
        .contains("l'analisi dei dati e gli investimenti esteri")
        .contains("ruolo di amministratore")
        .contains("si occupa di e-commerce")
        .contains("ti occupi di e-commerce");
  }
}
