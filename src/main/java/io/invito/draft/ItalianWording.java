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

/** Italian drafts: "tu" for informal contacts, "Lei" (capitalised, as in letters) for formal. */
final class ItalianWording implements Wording {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ITALIAN);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ITALIAN);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ITALIAN);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM", Locale.ITALIAN);
  private static final Map<String, String> ZONES =
      Map.of(
          "Europe/Rome", "ora italiana",
          "Europe/London", "ora di Londra",
          "Europe/Paris", "ora dell'Europa centrale",
          "Europe/Berlin", "ora dell'Europa centrale",
          "Europe/Madrid", "ora dell'Europa centrale",
          "America/New_York", "ora di New York",
          "UTC", "ora UTC");

  @Override
  public String salutation(Contact contact) {
    return (contact.formality() == Formality.INFORMAL ? "Ciao " : "Gentile ")
        + addressed(contact)
        + ",";
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
    return (first + " " + last).strip();
  }

  @Override
  public String to(String name) {
    return (name.toLowerCase(Locale.ITALIAN).startsWith("a") ? "ad " : "a ") + name;
  }

  @Override
  public List<String> openings(Formality formality) {
    return formality == Formality.FORMAL
        ? List.of(
            "Spero che stia bene.",
            "Spero che tutto proceda per il meglio.",
            "Mi permetto di scriverLe brevemente.",
            "Le rubo solo un momento.",
            "Colgo l'occasione per salutarLa.")
        : List.of(
            "Spero che tu stia bene.",
            "Spero che vada tutto bene da te.",
            "Ti scrivo al volo.",
            "Come stai? Ti rubo un minuto.",
            "Mi è capitata sotto gli occhi una cosa che fa per te.");
  }

  @Override
  public String reason(List<Reason> reasons, Formality formality, int maxTerms) {
    boolean formal = formality == Formality.FORMAL;
    String your = formal ? "il Suo" : "il tuo";
    Reason.Kind kind = Wording.leadingKind(reasons);
    String role = Wording.firstTerm(reasons, Reason.Kind.ROLE);
    String company = Wording.firstTerm(reasons, Reason.Kind.COMPANY);
    List<String> terms = Wording.terms(reasons, maxTerms);
    if (kind == Reason.Kind.ROLE && !role.isEmpty()) {
      // "ruolo di commercialista", but never "ruolo di e-commerce": a field is what one does.
      return Wording.namesAPerson(role)
          ? "visto " + your + " ruolo di " + role
          : (formal ? "visto che si occupa di " : "visto che ti occupi di ") + role;
    }
    if (kind == Reason.Kind.COMPANY && !company.isEmpty()) {
      return "visto che riguarda da vicino " + company;
    }
    if (!terms.isEmpty()) {
      List<String> withArticles = new ArrayList<>();
      for (String term : terms) {
        ItalianArticles.withArticle(term).ifPresent(withArticles::add);
      }
      if (withArticles.size() == terms.size()) {
        return "visto " + your + " interesse per " + and(withArticles);
      }
      // An article we are unsure of would read as a mistake; this phrasing needs none.
      return "visto " + your + " interesse in materia di " + and(terms);
    }
    return formal ? "che credo possa interessarLe" : "che credo possa interessarti";
  }

  /** "il cloud e l'AI", but "cloud ed e-commerce": the euphonic d before another e. */
  private static String and(List<String> items) {
    StringBuilder text = new StringBuilder();
    for (int index = 0; index < items.size(); index++) {
      String item = items.get(index);
      if (index > 0) {
        text.append(item.toLowerCase(Locale.ITALIAN).startsWith("e") ? " ed " : " e ");
      }
      text.append(item);
    }
    return text.toString();
  }

  @Override
  public String when(ZonedDateTime start, boolean allDay, boolean withZone) {
    String day = DAY.format(start);
    if (allDay) {
      return day;
    }
    String at = start.getHour() == 1 ? " all'" : " alle ";
    return day + at + TIME.format(start) + (withZone ? ", " + zoneName(start.getZone()) : "");
  }

  private static String zoneName(ZoneId zone) {
    String known = ZONES.get(zone.getId());
    if (known != null) {
      return known;
    }
    String name = zone.getDisplayName(TextStyle.FULL, Locale.ITALIAN);
    return name.isEmpty()
        ? zone.getId()
        : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  @Override
  public String shortWhen(ZonedDateTime start, boolean allDay) {
    String day = SHORT_DAY.format(start);
    return allDay ? day : day + ", " + TIME.format(start);
  }

  @Override
  public String week(LocalDate monday) {
    LocalDate sunday = monday.plusDays(6);
    String from = dayOfMonth(monday.getDayOfMonth());
    // "dal 30 novembre al 6 dicembre", "dal 7 al 13 dicembre"; "dall'8", "dall'11": elided
    // before a vowel sound, as "otto" and "undici" are said.
    String since =
        monday.getDayOfMonth() == 8 || monday.getDayOfMonth() == 11
            ? "dall'" + from
            : "dal " + from;
    String month = MONTH.format(monday);
    String to = dayOfMonth(sunday.getDayOfMonth()) + " " + MONTH.format(sunday);
    String start = monday.getMonth() == sunday.getMonth() ? since : since + " " + month;
    return "la settimana "
        + start
        + " "
        + (sunday.getDayOfMonth() == 8 || sunday.getDayOfMonth() == 11 ? "all'" : "al ")
        + to;
  }

  /** "1°" for the first of the month, as Italian writes dates; the number otherwise. */
  private static String dayOfMonth(int day) {
    return day == 1 ? "1°" : Integer.toString(day);
  }

  @Override
  public List<String> worthIt(String topic) {
    return List.of(
        "Lo consiglio a chi si occupa di " + topic + ".",
        "Da segnare in agenda se vi occupate di " + topic + ".",
        "Utile a chi segue da vicino temi come " + topic + ".",
        "Perfetto per chi vuole aggiornarsi su temi come " + topic + ".");
  }

  @Override
  public List<String> worthIt(Event event) {
    return event.attendance() == Attendance.OFFLINE
        ? List.of(
            "Un'occasione per aggiornarsi e conoscere persone del settore.",
            "Vale la trasferta: si impara e si fanno incontri utili.",
            "Un buon pretesto per fare il punto e allargare la propria rete.")
        : List.of(
            "Un modo concreto per aggiornarsi senza spostarsi dalla scrivania.",
            "Un buon modo per sentire chi ci lavora ogni giorno.",
            "Un modo semplice per restare al passo con il settore.");
  }

  @Override
  public String anyTime() {
    return "puoi guardarlo quando ti fa comodo";
  }

  @Override
  public String format(Event event) {
    List<String> parts = new ArrayList<>();
    String platform = event.platform().map(Texts::oneLine).map(name -> " su " + name).orElse("");
    String place =
        event
            .location()
            .map(Texts::oneLine)
            .filter(text -> !text.isEmpty())
            .map(text -> " (" + text + ")")
            .orElse("");
    switch (event.attendance()) {
      case ONLINE -> parts.add("online" + platform);
      case OFFLINE -> parts.add("in presenza" + place);
      case MIXED -> parts.add("in presenza" + place + " e online" + platform);
      case UNKNOWN -> {
        if (!platform.isEmpty()) {
          parts.add(platform.strip());
        }
      }
    }
    // Live or recorded is said only of what is watched: never of a room, never as a guess.
    boolean watched = event.attendance() != Attendance.OFFLINE;
    if (watched && event.delivery() == Delivery.LIVE) {
      parts.add("in diretta");
    } else if (watched && event.delivery() == Delivery.LIVE_AND_RECORDED) {
      parts.add("in diretta con registrazione disponibile");
    } else if (event.delivery() == Delivery.ON_DEMAND && !event.onDemand()) {
      parts.add("disponibile on demand");
    }
    if (event.interactive()) {
      parts.add("con chat per le domande");
    }
    return String.join(", ", parts);
  }

  @Override
  public String price(Event event) {
    if (event.free().orElse(false)) {
      return "gratuito";
    }
    return event
        .price()
        .map(Texts::oneLine)
        .filter(text -> !text.isEmpty())
        .orElse(event.free().isPresent() ? "a pagamento" : "");
  }

  @Override
  public String changeNote(KnownEvent known, ZoneId zone) {
    Event event = known.event();
    if (event.status() == EventStatus.CANCELLED) {
      return "Nota: l'evento risulta annullato.";
    }
    if (event.status() == EventStatus.POSTPONED) {
      return "Nota: l'evento è stato rinviato a data da definire.";
    }
    if (known.rescheduled()) {
      return "Nota: l'evento è stato spostato a "
          + when(event.requireStart().withZoneSameInstant(zone), event.allDay(), false)
          + " (prima era "
          + when(
              known.previousStart().orElseThrow().withZoneSameInstant(zone), event.allDay(), false)
          + ").";
    }
    if (event.status() == EventStatus.MOVED_ONLINE) {
      return "Nota: l'evento ora si terrà online.";
    }
    return "";
  }
}
