package io.invito.digest;

import io.invito.config.Language;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times in the owner's language: "giovedì 3 dicembre, 18:00" / "Thursday 3 December, 6:00
 * pm".
 */
final class Clocks {
  private final Language language;
  private final DateTimeFormatter day;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dayMonth;

  Clocks(Language language) {
    this.language = language;
    this.day = DateTimeFormatter.ofPattern("EEEE d MMMM", language.locale());
    this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
    this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", language.locale());
  }

  /** "Giovedì 3 dicembre": a heading, so capitalised in both languages. */
  String day(ZonedDateTime time) {
    String text = day.format(time);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  String date(ZonedDateTime time) {
    return date.format(time);
  }

  /** "30 novembre – 6 dicembre 2026", with both years when the week spans two. */
  String range(LocalDate first, LocalDate last) {
    String from = first.getYear() == last.getYear() ? dayMonth.format(first) : date.format(first);
    return from + " – " + date.format(last);
  }

  String time(ZonedDateTime time) {
    if (language == Language.EN) {
      int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
      return hour
          + ":"
          + String.format(Locale.ROOT, "%02d", time.getMinute())
          + (time.getHour() < 12 ? " am" : " pm");
    }
    return time.getHour() + ":" + String.format(Locale.ROOT, "%02d", time.getMinute());
  }

  /** "18:00–19:30", or "18:00" when the end is unknown. */
  String span(ZonedDateTime start, Optional<ZonedDateTime> end) {
    return time(start)
        + end.filter(time -> time.isAfter(start))
            .map(time -> (language == Language.EN ? " – " : "–") + time(time))
            .orElse("");
  }

  /** "giovedì 3 dicembre, 18:00", for reschedule markers. */
  String moment(ZonedDateTime time) {
    return day.format(time) + ", " + time(time);
  }
}
