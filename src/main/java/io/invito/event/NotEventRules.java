package io.invito.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Spots the items a source carries that are not events: job posts, recaps of past events, articles
 * (a blog post <em>about</em> webinars is not a webinar), news and product pages. Each rule gives
 * the reason in words, with the phrase that gave the item away, for {@code events list --rejected}.
 */
final class NotEventRules {
  private static final String JOB = "looks like a job post";
  private static final String RECAP = "looks like a recap of a past event";
  private static final String ARTICLE = "looks like an article, not an event";
  private static final String NEWS = "looks like news or a product page, not an event";
  private static final String LIST = "looks like a list of events, not one event";

  /** Phrases that give an item away wherever they stand, title or description. */
  private static final Vocabulary<String> ANYWHERE = Vocabulary.<String>builder()
      .add(JOB, "assunzioni", "assumiamo", "stiamo assumendo", "offerta di lavoro",
          "offerte di lavoro", "lavora con noi", "posizione aperta", "posizioni aperte",
          "ricerca personale", "invia il tuo cv", "invia il tuo curriculum", "candidati ora",
          "candidature aperte per la posizione", "contratto a tempo indeterminato",
          "we are hiring", "we're hiring", "now hiring", "join our team", "job opening",
          "job openings", "job offer", "job description", "job posting", "open position",
          "open positions", "send your cv", "send us your cv", "career opportunity")
      .add(RECAP, "si e concluso", "si e conclusa", "si e svolto", "si e svolta", "si e tenuto",
          "si e tenuta", "grazie per aver partecipato", "grazie a tutti i partecipanti",
          "thank you for joining us", "thanks to everyone who joined", "took place on")
      .add(ARTICLE, "in questo articolo", "in questo post", "nell'articolo di oggi",
          "in this article", "in this blog post", "in this post", "tempo di lettura",
          "reading time", "min read", "minuti di lettura")
      .add(NEWS, "aggiungi al carrello", "add to cart", "disponibile in magazzino", "in stock",
          "spedizione gratuita", "free shipping", "scheda tecnica", "datasheet")
      .build();

  /** Phrases that give an item away in its title, even when the title names a webinar. */
  private static final Vocabulary<String> IN_TITLE = Vocabulary.<String>builder()
      .add(JOB, "cerchiamo un", "cerchiamo una", "cercasi", "hiring")
      // "Rivedi" is a recap unless the item offers the recording as on demand; see rejectReason.
      .add(RECAP, "recap", "ecco com'e andato", "ecco com'e andata", "com'e andato",
          "com'e andata", "rivedi", "rivivi", "resoconto", "highlights", "key takeaways",
          "takeaways", "what happened at", "photo gallery", "fotogallery", "le foto", "i numeri di")
      .addPattern(ARTICLE, "^\\d+\\s+(?:consigli|suggerimenti|modi|errori|motivi|ragioni|trucchi"
          + "|idee|strumenti|regole|passi|domande|cose|segreti|tips|ways|mistakes|reasons|tricks"
          + "|ideas|tools|rules|steps|things|questions|secrets|lessons|best practices)\\b")
      .add(LIST, "i prossimi webinar", "i prossimi eventi", "i prossimi corsi",
          "prossimi appuntamenti", "calendario eventi", "calendario dei webinar",
          "calendario dei corsi", "tutti gli eventi", "upcoming webinars", "upcoming events",
          "events calendar", "all events", "newsletter")
      .add(ARTICLE, "consigli per", "consigli su", "tips for", "tips to", "errori da evitare",
          "mistakes to avoid", "la guida", "guida completa", "guida definitiva", "a guide to",
          "the ultimate guide", "complete guide", "checklist", "cos'e un", "cos'e una",
          "che cos'e", "what is a", "why you should", "perche dovresti", "best practice per",
          "best practices for")
      .build();

  /** Phrases that give an item away in its title only when nothing there names an event. */
  private static final Vocabulary<String> IN_TITLE_WITHOUT_KIND = Vocabulary.<String>builder()
      .add(JOB, "job", "jobs", "careers", "lavoro a", "stage retribuito", "internship")
      .add(ARTICLE, "come", "how to", "perche", "why", "intervista", "interview", "opinione",
          "blog")
      .add(NEWS, "news", "notizie", "novita", "comunicato stampa", "press release", "annuncia",
          "announces", "annuncio", "prezzi", "pricing", "listino", "acquista", "buy", "shop",
          "sconto", "discount", "offerta", "promo", "prodotto", "product", "release notes",
          "changelog", "aggiornamento", "update")
      .build();

  private NotEventRules() {}

  /**
   * Why the item is not an event, or empty when it may be one.
   *
   * @param namesKind whether the title names a kind of event (webinar, corso, ...)
   * @param onDemand whether the item offers a recording to watch at any time
   */
  static Optional<String> rejectReason(String foldedTitle, String foldedText, boolean namesKind,
      boolean onDemand, Optional<Instant> published, Instant start) {
    Optional<Vocabulary.Hit<String>> hit = ANYWHERE.findHit(foldedText)
        .or(() -> IN_TITLE.findHit(foldedTitle))
        .or(() -> namesKind ? Optional.empty() : IN_TITLE_WITHOUT_KIND.findHit(foldedTitle));
    if (hit.isPresent() && !(hit.get().value().equals(RECAP) && onDemand)) {
      return Optional.of(hit.get().value() + " (\"" + hit.get().phrase() + "\")");
    }
    // Written a day or more after the event started: a report of it, not an invitation to it.
    if (!onDemand && published.filter(at -> at.isAfter(start.plus(Duration.ofDays(1))))
        .isPresent()) {
      return Optional.of(RECAP + " (published " + published.get() + ", after the event started)");
    }
    return Optional.empty();
  }
}
