package io.invito.event;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads whether an event is free and what it costs, when the source did not say so in fields. */
final class PriceRules {
  /** A free or paid verdict with the price as written, when there is one. */
  record Cost(Optional<Boolean> free, Optional<String> price) {}

  private static final Vocabulary<Boolean> FREE =
      Vocabulary.<Boolean>builder()
          // "Free" alone is also "gluten free" or "feel free": only phrases about taking part
          // count.
          .add(
              true,
              "gratuito",
              "gratuita",
              "gratuiti",
              "gratuite",
              "gratis",
              "ingresso libero",
              "ingresso gratuito",
              "partecipazione gratuita",
              "iscrizione gratuita",
              "registrazione gratuita",
              "senza costi",
              "a costo zero",
              "free webinar",
              "free event",
              "free workshop",
              "free course",
              "free training",
              "free of charge",
              "free to attend",
              "free entry",
              "free admission",
              "admission is free",
              "for free",
              "it's free",
              "free registration",
              "register for free",
              "no cost",
              "at no cost",
              "is free",
              "free for members",
              "free for member organisations",
              "gratuito per i soci",
              "gratuita per i soci",
              "gratuito per gli iscritti",
              "gratuita per gli iscritti",
              "inscription gratuite",
              "inscripcion gratuita",
              "kostenlos")
          // "Free, but registration required": free opening a sentence is about taking part.
          .addPattern(true, "(?:^|[.!?]\\s+)free\\b")
          .build();

  private static final Pattern PRICE =
      Pattern.compile(
          "(?:€|eur|euro|\\$|£|usd|gbp)\\s?\\d{1,5}(?:[.,]\\d{1,2})?"
              + "|\\d{1,5}(?:[.,]\\d{1,2})?\\s?(?:€|eur|euro|euros|\\$|£|usd|gbp)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);

  /**
   * What a price says after the amount and belongs to it: "+ IVA", "IVA inclusa", "a persona", "per
   * delegate", "(members free)", ", materials included". Kept, so "60 € + IVA" is not shown as 60
   * €.
   */
  private static final Pattern TAIL =
      Pattern.compile(
          "(?:\\s*\\+\\s*(?:iva|vat)\\b"
              + "|\\s+(?:iva|vat)\\s+(?:inclusa|esclusa|compresa|inclusive|included|exclusive)\\b"
              + "|\\s+(?:a|per)\\s+(?:persona|partecipante|iscritto|person|delegate|participant"
              + "|child|bambino|bambina|head|ticket)\\b"
              + "|\\s*\\([^()\\n]{1,60}\\)"
              + "|,\\s*[\\p{L} ]{1,40}?\\b(?:incluso|inclusa|inclusi|incluse|compreso|compresa"
              + "|compresi|included)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * "Gratuito previa registrazione", "free with registration": free, on a condition worth keeping.
   */
  private static final Pattern FREE_ON_CONDITION =
      Pattern.compile(
          "(?:gratuit[oaie]|gratis|free)\\s+(?:previa|con|dietro|with|but|for)\\s+[\\p{L} ]{2,30}?"
              + "(?:registrazione|iscrizione|prenotazione|registration|booking|members|soci)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ZERO = Pattern.compile("[^1-9]*");

  private PriceRules() {}

  static Cost cost(Optional<Boolean> statedFree, Optional<String> statedPrice, String text) {
    if (statedFree.isPresent() || statedPrice.isPresent()) {
      Optional<Boolean> free = statedFree.or(() -> statedPrice.map(PriceRules::isZero));
      return new Cost(free, statedPrice);
    }
    Matcher matcher = PRICE.matcher(text);
    if (matcher.find()) {
      String price = withTail(text, matcher);
      boolean zero = isZero(price);
      // "8 euro, gratuito per gli studenti": a price is paid for by most, so the event is paid.
      return new Cost(Optional.of(zero), zero ? Optional.empty() : Optional.of(price));
    }
    if (FREE.matches(TextFolder.fold(text))) {
      Matcher condition = FREE_ON_CONDITION.matcher(text);
      return new Cost(
          Optional.of(true),
          condition.find() ? Optional.of(condition.group().strip()) : Optional.empty());
    }
    return new Cost(Optional.empty(), Optional.empty());
  }

  private static String withTail(String text, Matcher amount) {
    int end = amount.end();
    Matcher tail = TAIL.matcher(text);
    while (tail.region(end, text.length()).lookingAt() && tail.end() > end) {
      end = tail.end();
    }
    return text.substring(amount.start(), end).strip();
  }

  private static boolean isZero(String price) {
    return ZERO.matcher(price).matches();
  }
}
