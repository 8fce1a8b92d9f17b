package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Formality;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contact form sends the editor only what the owner changed, so untouched cells stay theirs.
 */
class ContactFormTest {
  private final ContactForm form =
      ContactForm.of(
          new Contact(
              "marco-rossi",
              "Marco",
              "Rossi",
              Optional.empty(),
              Optional.of("marco@example.it"),
              Optional.of("Rossi Meccanica"),
              Optional.empty(),
              List.of("cloud", "sicurezza informatica"),
              List.of(Language.IT, Language.EN),
              ZoneId.of("Europe/Rome"),
              Formality.INFORMAL,
              Channel.EMAIL,
              false,
              Optional.empty(),
              Optional.of("+393470000101"),
              Optional.empty()));

  private Map<String, String> asShown() {
    return Map.of(
        "interests", "cloud; sicurezza informatica",
        "languages", "it, en",
        "time_zone", "Europe/Rome",
        "formality", "informal",
        "channel", "email",
        "phone", "+393470000101");
  }

  @Test
  void showsEachCellAsTheFileReadsItBack() {
    assertThat(form.values()).containsAllEntriesOf(asShown());
    assertThat(form.optOut()).isFalse();
  }

  @Test
  void theFormSentBackUnchangedChangesNothing() {
    assertThat(form.changes(asShown())).isEmpty();
  }

  @Test
  void onlyTheFieldsTheOwnerChangedGoToTheEditor() {
    Map<String, String> sent = new java.util.HashMap<>(asShown());
    sent.put("time_zone", " Europe/London ");
    sent.put("opt_out", "true");

    assertThat(form.changes(sent))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("time_zone", "Europe/London", "opt_out", "true"));
  }

  @Test
  void anUncheckedOptOutBoxReadsAsFalse() {
    ContactForm optedOut = new ContactForm("x", "X", Map.of("opt_out", "true", "phone", ""));

    assertThat(optedOut.changes(Map.of("phone", "")))
        .containsExactly(Map.entry("opt_out", "false"));
  }

  @Test
  void aRefusedFormShowsWhatWasTyped() {
    Map<String, String> sent = new java.util.HashMap<>(asShown());
    sent.put("time_zone", "Mars/Olympus");

    assertThat(form.with(sent).value("time_zone")).isEqualTo("Mars/Olympus");
    assertThat(form.with(sent).value("phone")).isEqualTo("+393470000101");
  }
}
