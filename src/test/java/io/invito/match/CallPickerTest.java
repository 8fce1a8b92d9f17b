package io.invito.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.MatchSettings;
import io.invito.model.Call;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.testing.ContactBuilder;
import io.invito.testing.EventBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whom the call list proposes when the network is small enough that every rule shows. */
class CallPickerTest {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final LocalDate TUESDAY = LocalDate.parse("2026-12-01");
  private static final Instant EIGHT = TUESDAY.atTime(8, 0).atZone(ROME).toInstant();

  private static Contact contact(String id, String phone) {
    return ContactBuilder.italian()
        .id(id)
        .name(id, "Rossi")
        .interests("sicurezza informatica")
        .phone(phone)
        .build();
  }

  private static final Contact ANNA = contact("anna", "+393470000001");
  private static final Contact BRUNO = contact("bruno", "+393470000002");
  private static final Contact CARLA = contact("carla", "+393470000003");
  private static final Contact NO_PHONE = contact("dario", null);
  private static final Contact OPTED_OUT =
      ContactBuilder.from(contact("elisa", "+393470000005")).optOut(true).build();
  private static final List<Contact> NETWORK = List.of(ANNA, BRUNO, CARLA, NO_PHONE, OPTED_OUT);

  private static Call done(String contact, LocalDate on) {
    return new Call(
        CallPicker.id(on, contact),
        on,
        contact,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        true,
        Call.Status.DONE,
        on.atTime(8, 0).atZone(ROME).toInstant(),
        Optional.of(on));
  }

  private static List<String> pick(
      List<Event> upcoming, Map<String, Instant> lastSent, List<Call> earlier) {
    return new CallPicker(MatchSettings.defaults())
        .pick(TUESDAY, EIGHT, ROME, 5, NETWORK, upcoming, lastSent, earlier).stream()
            .map(Call::contactId)
            .toList();
  }

  @Test
  void nobodyOptedOutOrWithoutAPhoneEvenWhenThereIsRoomForFive() {
    assertThat(pick(List.of(), Map.of(), List.of())).containsExactly("anna", "bruno", "carla");
  }

  @Test
  void someoneCalledYesterdayIsLeftOutThoughThereIsRoom() {
    assertThat(pick(List.of(), Map.of(), List.of(done("bruno", TUESDAY.minusDays(1)))))
        .containsExactly("anna", "carla");
    // Called the day before yesterday: due again, after those never called.
    assertThat(pick(List.of(), Map.of(), List.of(done("bruno", TUESDAY.minusDays(2)))))
        .containsExactly("anna", "carla", "bruno");
  }

  @Test
  void aSentInvitationCountsAsContactAndAnOpportunityBreaksTies() {
    Event webinar =
        EventBuilder.webinar()
            .id("sicurezza")
            .title("Webinar: sicurezza informatica per le PMI")
            .url("https://example.org/sicurezza")
            .start(TUESDAY.plusDays(2).atTime(18, 0).atZone(ROME))
            .language("it")
            .build();
    Contact nothingSuits = ContactBuilder.from(ANNA).interests("giardinaggio").build();
    List<Call> calls =
        new CallPicker(MatchSettings.defaults())
            .pick(
                TUESDAY,
                EIGHT,
                ROME,
                3,
                List.of(nothingSuits, BRUNO, CARLA),
                List.of(webinar),
                Map.of("carla", EIGHT.minusSeconds(86_400 * 3)),
                List.of());

    // Anna and Bruno were never contacted; Bruno has something to talk about, so he comes first.
    assertThat(calls).extracting(Call::contactId).containsExactly("bruno", "anna", "carla");
    assertThat(calls.get(0).eventId()).contains("sicurezza");
    assertThat(calls.get(0).topic()).contains("sicurezza informatica");
    assertThat(calls.get(1).eventId()).isEmpty();
    assertThat(calls.get(2).lastContact()).contains(EIGHT.minusSeconds(86_400 * 3));
  }
}
