package io.invito.match;

import io.invito.config.MatchSettings;
import io.invito.model.Call;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.Match;
import io.invito.model.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses whom to phone on a day, as in "pick two, three, five names a day, and call". The people
 * longest untouched come first: untouched means no sent invitation, no call made and no call
 * proposed since, so the list goes round the whole network before it repeats anyone. Among those
 * equally due, someone an upcoming opportunity suits comes first, as it gives the call a natural
 * subject. Nobody who opted out, nobody without a phone number, nobody called the day before.
 */
public final class CallPicker {
  private final Matcher matcher;

  /**
   * The matcher's own settings, but the per-contact pause and the per-event cap do not apply: an
   * opportunity to mention on the phone is not an invitation.
   */
  public CallPicker(MatchSettings settings) {
    this.matcher =
        new Matcher(
            new MatchSettings(
                settings.minScore(),
                java.time.Duration.ZERO,
                Integer.MAX_VALUE,
                settings.minLeadTime(),
                settings.horizon(),
                settings.synonymsFile()));
  }

  /**
   * The day's calls, most due first.
   *
   * @param at the moment the list is made: opportunities are the events open then
   * @param contacts the contacts in file order, which breaks the last ties
   * @param upcoming the events the owner keeps, from {@code at} to the matching horizon
   * @param lastSent when each contact was last sent an invitation
   * @param earlier the calls stored so far (proposed and made), of any day
   */
  public List<Call> pick(
      LocalDate day,
      Instant at,
      ZoneId zone,
      int count,
      List<Contact> contacts,
      List<Event> upcoming,
      Map<String, Instant> lastSent,
      List<Call> earlier) {
    Map<String, Instant> lastContact = new HashMap<>(lastSent);
    Map<String, Instant> lastTouch = new HashMap<>();
    Set<String> calledRecently =
        earlier.stream()
            .filter(Call::done)
            .filter(call -> call.doneOn().filter(on -> !on.isBefore(day.minusDays(1))).isPresent())
            .filter(call -> !call.doneOn().orElseThrow().isAfter(day))
            .map(Call::contactId)
            .collect(Collectors.toSet());
    Map<String, Integer> proposals = new HashMap<>();
    for (Call call : earlier) {
      if (call.day().isAfter(day)) {
        continue; // a list made for a later day does not count for this one
      }
      if (call.planned()) {
        proposals.merge(call.contactId(), 1, Integer::sum);
      }
      Instant proposed = call.day().atStartOfDay(zone).toInstant();
      lastTouch.merge(call.contactId(), proposed, CallPicker::later);
      call.doneOn()
          .map(on -> on.atStartOfDay(zone).toInstant())
          .ifPresent(done -> lastContact.merge(call.contactId(), done, CallPicker::later));
    }
    lastContact.forEach((contact, when) -> lastTouch.merge(contact, when, CallPicker::later));
    List<Contact> callable =
        contacts.stream()
            .filter(contact -> !contact.optOut())
            .filter(contact -> contact.phone().filter(phone -> !phone.isBlank()).isPresent())
            .filter(contact -> !calledRecently.contains(contact.id()))
            .toList();
    Map<String, Match> opportunity = new HashMap<>();
    for (Match match : matcher.match(upcoming, callable, at, Map.of(), Set.of())) {
      opportunity.putIfAbsent(match.contactId(), match);
    }
    Map<String, Integer> fileOrder = new HashMap<>();
    for (int index = 0; index < contacts.size(); index++) {
      fileOrder.putIfAbsent(contacts.get(index).id(), index);
    }
    Comparator<Contact> mostDue =
        Comparator.comparing((Contact contact) -> lastTouch.getOrDefault(contact.id(), Instant.MIN))
            // Of those touched the same day, who was proposed fewer times: the list goes round.
            .thenComparing(contact -> proposals.getOrDefault(contact.id(), 0))
            .thenComparing(contact -> !opportunity.containsKey(contact.id()))
            .thenComparing(contact -> lastContact.getOrDefault(contact.id(), Instant.MIN))
            .thenComparing(contact -> fileOrder.get(contact.id()));
    List<Call> calls = new ArrayList<>();
    for (Contact contact : callable.stream().sorted(mostDue).limit(count).toList()) {
      Optional<Match> match = Optional.ofNullable(opportunity.get(contact.id()));
      calls.add(
          new Call(
              id(day, contact.id()),
              day,
              contact.id(),
              match.map(Match::eventId),
              match.flatMap(CallPicker::topic),
              Optional.ofNullable(lastContact.get(contact.id())),
              true,
              Call.Status.PROPOSED,
              at,
              Optional.empty()));
    }
    return calls;
  }

  private static Instant later(Instant one, Instant other) {
    return one.isAfter(other) ? one : other;
  }

  /** The interest the opportunity meets, which the opening line names. */
  private static Optional<String> topic(Match match) {
    return match.reasons().stream()
        .filter(reason -> reason.kind() == Reason.Kind.INTEREST)
        .map(reason -> reason.term().strip())
        .filter(term -> !term.isEmpty())
        .findFirst();
  }

  /** Twelve hex digits of the day and the contact: the same call has the same id on any node. */
  public static String id(LocalDate day, String contactId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((day + "\n" + contactId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
