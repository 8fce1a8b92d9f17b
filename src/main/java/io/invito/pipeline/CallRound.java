package io.invito.pipeline;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.draft.CallScript;
import io.invito.draft.TemplateSet;
import io.invito.event.KeepFilter;
import io.invito.match.CallPicker;
import io.invito.model.Call;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.KnownEvent;
import io.invito.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The daily call list (issue 19): the calls of a day, proposed once and stored, and those made. */
final class CallRound {
  /** The hour a day's call list is made for: the opportunities it mentions are open then. */
  private static final LocalTime CALL_LIST_TIME = LocalTime.of(8, 0);

  private final Config config;
  private final Store store;
  private final KeepFilter keep;
  private final TemplateSet templates;
  private final Map<String, Contact> contacts;
  private final Clock clock;

  CallRound(
      Config config,
      Store store,
      KeepFilter keep,
      TemplateSet templates,
      Map<String, Contact> contacts,
      Clock clock) {
    this.config = config;
    this.store = store;
    this.keep = keep;
    this.templates = templates;
    this.contacts = contacts;
    this.clock = clock;
  }

  /**
   * The calls of a day: the list stored for it, or one made now and stored, so every later look at
   * the day (and every node of a cluster) sees the same list. Contacts who have since opted out or
   * left the contacts file are not shown.
   */
  List<CallPlan> plan(LocalDate day) {
    ZoneId zone = config.owner().zone();
    Instant at = day.atTime(CALL_LIST_TIME).atZone(zone).toInstant();
    List<Call> stored = store.calls().forDay(day);
    if (stored.stream().noneMatch(Call::planned)) {
      List<Event> upcoming =
          store.events().between(at, at.plus(config.matching().horizon())).stream()
              .map(KnownEvent::event)
              .filter(event -> !event.cancelled())
              .filter(keep::keeps)
              .toList();
      List<Call> picked =
          new CallPicker(config.matching())
              .pick(
                  day,
                  at,
                  zone,
                  config.calls().perDay(),
                  List.copyOf(contacts.values()),
                  upcoming,
                  store.invitations().lastSentByContactBefore(at),
                  store.calls().all());
      stored = store.calls().proposeOnce(day, picked);
    }
    CallScript script = new CallScript(templates, config.owner());
    List<CallPlan> plans = new ArrayList<>();
    for (Call call : stored) {
      Contact contact = contacts.get(call.contactId());
      if (contact == null || contact.optOut() || !call.planned()) {
        continue;
      }
      Optional<KnownEvent> event = call.eventId().flatMap(store.events()::find);
      plans.add(
          new CallPlan(
              call,
              contact,
              event,
              script.opening(contact, event.map(KnownEvent::event), call.topic())));
    }
    return plans;
  }

  /**
   * Records a call made on a day: the proposed call with this id, or, given a contact's id, a call
   * no list proposed. Returns the call as stored.
   *
   * @throws ConfigException when the id names neither an open call nor a contact
   */
  Call done(String id, LocalDate on) {
    Optional<Call> proposed = store.calls().find(id);
    if (proposed.isPresent()) {
      if (!store.calls().markDone(id, on)) {
        throw new ConfigException("call '" + id + "' is already marked done");
      }
      return store.calls().find(id).orElseThrow();
    }
    Contact contact = contacts.get(id);
    if (contact == null) {
      throw new ConfigException("no call and no contact with id '" + id + "' (see invito calls)");
    }
    String callId = CallPicker.id(on, contact.id());
    if (store.calls().find(callId).isPresent()) {
      return done(callId, on);
    }
    Call call =
        new Call(
            callId,
            on,
            contact.id(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            Call.Status.DONE,
            clock.instant(),
            Optional.of(on));
    store.calls().recordUnplanned(call);
    return call;
  }
}
