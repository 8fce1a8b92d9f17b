package io.invito.draft;

import io.invito.model.Attendance;
import io.invito.model.Contact;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.Formality;
import io.invito.model.KnownEvent;
import io.invito.model.PersonName;
import io.invito.model.Reason;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** English drafts, in British usage since "UK time" and day-month dates are the common case. */
final class EnglishWording implements Wording {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter WEEK_DAY =
      DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final Map<String, String> ZONES =
      Map.of(
          "Europe/Rome", "Italian time",
          "Europe/London", "UK time",
          "Europe/Paris", "Central European time",
          "Europe/Berlin", "Central European time",
          "Europe/Madrid", "Central European time",
          "America/New_York", "New York time",
          "UTC", "UTC");

  @Override
  public String salutation(Contact contact) {
    return (contact.formality() == Formality.INFORMAL ? "Hi " : "Dear ") + addressed(contact) + ",";
  }

  @Override
  public String addressed(Contact contact) {
    // An emoji or "PhD" in a profile name is no part of how a person is greeted.
    String first = PersonName.clean(Texts.oneLine(contact.firstName()));
    if (contact.formality() == Formality.INFORMAL) {
      return first;
    }
    String last = PersonName.clean(Texts.oneLine(contact.lastName()));
    Optional<String> title = contact.title().map(Texts::oneLine).filter(text -> !text.isEmpty());
    if (title.isPresent() && !last.isEmpty()) {
      return title.get() + " " + last;
    }
    // English has no formal "you": without a title, first name ("Dear Anna,"), never the
    // full name, which reads as a mail merge ("Dear Anna Smith-Jones,").
    return first.isEmpty() ? last : first;
  }

  @Override
  public String to(String name) {
    return name;
  }

  @Override
  public List<String> openings(Formality formality) {
    return formality == Formality.FORMAL
        ? List.of(
            "I hope this message finds you well.",
            "I hope all is well.",
            "I am writing with a brief suggestion.",
            "I hope your week is going well.",
            "I came across an event that may be of interest to you.")
        : List.of(
            "Hope you're doing well.",
            "Hope all is well with you.",
            "Just a quick note.",
            "I came across something you might like.",
            "Hope your week is going well.");
  }

  @Override
  public String reason(List<Reason> reasons, Formality formality, int maxTerms) {
    boolean formal = formality == Formality.FORMAL;
    Reason.Kind kind = Wording.leadingKind(reasons);
    String role = Wording.firstTerm(reasons, Reason.Kind.ROLE);
    String company = Wording.firstTerm(reasons, Reason.Kind.COMPANY);
    List<String> terms = Wording.terms(reasons, maxTerms);
    if (kind == Reason.Kind.ROLE && !role.isEmpty()) {
      if (!Wording.namesAPerson(role)) {
        return "given your work in " + role; // "role as e-commerce" is no English
      }
      // "as CISO", "as head of sales" (one of a kind); "as an engineer", "as a data scientist".
      boolean unique = role.matches("[A-Z]{2,5}|(?i)(head|chief|lead|director)\\b.*");
      String article = unique ? "" : role.matches("(?i)[aeiou].*") ? "an " : "a ";
      return "given your role as " + article + role;
    }
    if (kind == Reason.Kind.COMPANY && !company.isEmpty()) {
      return "as it involves " + company;
    }
    if (!terms.isEmpty()) {
      return (formal ? "given your interest in " : "knowing your interest in ")
          + String.join(" and ", terms.stream().map(EnglishWording::withArticle).toList());
    }
    return formal ? "which I believe may interest you" : "which I think you might enjoy";
  }

  /**
   * "the AI Act", "the GDPR": a named law, rule or programme takes "the"; an interest in a field
   * ("cloud security") does not.
   */
  static String withArticle(String term) {
    boolean named =
        term.matches(".*\\b(Act|Regulation|Directive|Strategy|Programme|Program|Framework|Code)")
            || term.matches("GDPR|PNRR|NIS ?2 Directive");
    return named && !term.toLowerCase(Locale.ROOT).startsWith("the ") ? "the " + term : term;
  }

  @Override
  public String when(ZonedDateTime start, boolean allDay, boolean withZone) {
    String day = DAY.format(start);
    if (allDay) {
      return day;
    }
    String time = TIME.format(start) + (start.getHour() < 12 ? " am" : " pm");
    return day + " at " + time + (withZone ? " " + zoneName(start.getZone()) : "");
  }

  private static String zoneName(ZoneId zone) {
    String known = ZONES.get(zone.getId());
    if (known != null) {
      return known;
    }
    String name = zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return name.isEmpty() ? zone.getId() : name;
  }

  @Override
  public String shortWhen(ZonedDateTime start, boolean allDay) {
    String day = SHORT_DAY.format(start);
    return allDay ? day : day + ", " + TIME.format(start) + (start.getHour() < 12 ? " am" : " pm");
  }

  @Override
  public String week(LocalDate monday) {
    return "the week of " + WEEK_DAY.format(monday);
  }

  @Override
  public List<String> worthIt(String topic) {
    return List.of(
        "Worth your time if you work on " + topic + ".",
        "Useful for anyone working on " + topic + ".",
        "One for your calendar if " + topic + " is part of your job.",
        "Not to be missed if you follow " + topic + ".");
  }

  @Override
  public List<String> worthIt(Event event) {
    return event.attendance() == Attendance.OFFLINE
        ? List.of(
            "A chance to catch up on the field and meet the people in it.",
            "Worth the trip: you learn something and meet people worth knowing.",
            "A good excuse to take stock and widen your network.")
        : List.of(
            "A practical way to keep up to date without leaving your desk.",
            "A good way to hear from people who do this every day.",
            "An easy way to stay ahead in the field.");
  }

  @Override
  public String anyTime() {
    return "you can watch it whenever suits you";
  }

  @Override
  public String format(Event event) {
    List<String> parts = new ArrayList<>();
    String platform = event.platform().map(Texts::oneLine).map(name -> " on " + name).orElse("");
    String place =
        event
            .location()
            .map(Texts::oneLine)
            .filter(text -> !text.isEmpty())
            .map(text -> " (" + text + ")")
            .orElse("");
    switch (event.attendance()) {
      case ONLINE -> parts.add("online" + platform);
      case OFFLINE -> parts.add("in person" + place);
      case MIXED -> parts.add("in person" + place + " and online" + platform);
      case UNKNOWN -> {
        if (!platform.isEmpty()) {
          parts.add(platform.strip());
        }
      }
    }
    // Live or recorded is said only of what is watched: never of a room, never as a guess.
    boolean watched = event.attendance() != Attendance.OFFLINE;
    if (watched && event.delivery() == Delivery.LIVE) {
      parts.add("live");
    } else if (watched && event.delivery() == Delivery.LIVE_AND_RECORDED) {
      parts.add("live with a recording available");
    } else if (event.delivery() == Delivery.ON_DEMAND && !event.onDemand()) {
      parts.add("available on demand");
    }
    if (event.interactive()) {
      parts.add("with chat for questions");
    }
    return String.join(", ", parts);
  }

  @Override
  public String price(Event event) {
    if (event.free().orElse(false)) {
      return "free";
    }
    return event
        .price()
        .map(Texts::oneLine)
        .filter(text -> !text.isEmpty())
        .orElse(event.free().isPresent() ? "paid" : "");
  }

  @Override
  public String changeNote(KnownEvent known, ZoneId zone) {
    Event event = known.event();
    if (event.status() == EventStatus.CANCELLED) {
      return "Note: the event appears to have been cancelled.";
    }
    if (event.status() == EventStatus.POSTPONED) {
      return "Note: the event has been postponed; there is no new date yet.";
    }
    if (known.rescheduled()) {
      return "Note: the event has been moved to "
          + when(event.requireStart().withZoneSameInstant(zone), event.allDay(), false)
          + " (it was "
          + when(
              known.previousStart().orElseThrow().withZoneSameInstant(zone), event.allDay(), false)
          + ").";
    }
    if (event.status() == EventStatus.MOVED_ONLINE) {
      return "Note: the event has moved online.";
    }
    return "";
  }
}
