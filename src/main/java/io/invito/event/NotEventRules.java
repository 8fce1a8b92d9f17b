package io.invito.event;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Spots the items a source carries that are not events: job posts, recaps of past events, articles
 * (a blog post <em>about</em> webinars is not a webinar), news, product pages, lists of events and
 * calls for papers. Clues come in three strengths: some give an item away wherever they stand; some
 * (past-tense narration, a blog address) only when the item invites nobody; the weakest title words
 * only when nothing at all says "event". Each rule gives its reason in words, with the phrase that
 * gave the item away, for {@code events list --rejected}.
 */
final class NotEventRules {
  static final String JOB = "looks like a job post";
  static final String RECAP = "looks like a recap of a past event";
  static final String ARTICLE = "looks like an article, not an event";
  static final String NEWS = "looks like news or a product page, not an event";
  static final String LIST = "looks like a list of events, not one event";
  static final String CALL = "looks like a call for papers or speakers, not an event";

  /** Phrases that give an item away wherever they stand, title or description. */
  private static final Vocabulary<String> ANYWHERE =
      Vocabulary.<String>builder()
          .add(
              JOB,
              "assunzioni",
              "assumiamo",
              "stiamo assumendo",
              "offerta di lavoro",
              "offerte di lavoro",
              "lavora con noi",
              "posizione aperta",
              "posizioni aperte",
              "ricerca personale",
              "invia il tuo cv",
              "invia il tuo curriculum",
              "candidati ora",
              "candidature aperte per la posizione",
              "contratto a tempo indeterminato",
              "contratto a tempo determinato",
              "contratto di apprendistato",
              "inviare il cv",
              "invia il cv",
              "inviare il curriculum",
              "inviando il curriculum",
              "curriculum vitae",
              "ricerchiamo una figura",
              "ricerchiamo un",
              "ricerchiamo una",
              "we are hiring",
              "we're hiring",
              "now hiring",
              "join our team",
              "job opening",
              "job openings",
              "job offer",
              "job description",
              "job posting",
              "open position",
              "open positions",
              "send your cv",
              "send us your cv",
              "career opportunity",
              "apply by",
              "apply now",
              "how to apply",
              "salary",
              "retribuzione")
          .addPattern(
              JOB,
              "(?<![\\p{L}])cerca(?:no|mo)?\\s+(?:un\\s+|una\\s+)?(?:docente|formatore"
                  + "|formatrice|insegnante|sviluppatore|sviluppatrice|tecnico|addetto|addetta"
                  + "|impiegato|impiegata|figura|collaboratore|collaboratrice|consulente)\\b")
          .addPattern(JOB, "(?<![\\p{L}])(?:we are|we're) (?:looking for|seeking) an? \\p{L}+")
          .add(
              RECAP,
              "si e concluso",
              "si e conclusa",
              "si e svolto",
              "si e svolta",
              "si e tenuto",
              "si e tenuta",
              "grazie per aver partecipato",
              "grazie a tutti i partecipanti",
              "thank you for joining us",
              "thanks to everyone who joined",
              "took place on")
          .add(
              ARTICLE,
              "in questo articolo",
              "in questo post",
              "nell'articolo di oggi",
              "in this article",
              "in this blog post",
              "in this post",
              "tempo di lettura",
              "reading time",
              "min read",
              "minuti di lettura",
              "in this episode",
              "in questa puntata",
              "listen on spotify",
              "ascolta su spotify",
              "apple podcasts",
              "read how",
              "leggi come",
              "step by step guide",
              "guida passo passo",
              "in this guide",
              "in questa guida",
              "we compared",
              "abbiamo confrontato",
              "here's what we found",
              "abbiamo chiesto a",
              "the survey takes",
              "compila il questionario",
              "partecipa al sondaggio",
              "rispondi al sondaggio")
          .addPattern(ARTICLE, "(?<![\\p{L}])take our\\b[^.!?]{0,40}\\bsurvey\\b")
          .add(
              NEWS,
              "aggiungi al carrello",
              "add to cart",
              "disponibile in magazzino",
              "in stock",
              "spedizione gratuita",
              "free shipping",
              "scheda tecnica",
              "datasheet",
              "free trial",
              "prova gratuita di",
              "billed annually",
              "richiedi un preventivo",
              "request a quote",
              "ha annunciato",
              "hanno annunciato",
              "announced that",
              "today announced",
              "announced today",
              "has announced",
              "has acquired",
              "ha acquisito",
              "acquires",
              "acquisisce",
              "firmano un accordo",
              "hanno firmato",
              "signed an agreement",
              "rolling out",
              "plans to hire",
              "prevede di assumere",
              "domande entro",
              "le domande si presentano",
              "presentare domanda")
          .addPattern(
              NEWS, "\\d\\s*/\\s*(?:month|mo|mese)\\b|(?<![\\p{L}])(?:per month|al mese)\\b")
          .add(
              CALL,
              "call for papers",
              "call for speakers",
              "call for proposals",
              "call for abstracts",
              "submissions close",
              "proposte di intervento",
              "invio delle proposte")
          .add(LIST, "tutti i webinar", "tutti i corsi", "in programma questo mese")
          .build();

  /** Phrases that give an item away in its title, even when the title names a webinar. */
  private static final Vocabulary<String> IN_TITLE =
      Vocabulary.<String>builder()
          .add(JOB, "cerchiamo un", "cerchiamo una", "cercasi", "we are hiring", "we're hiring")
          // "Rivedi" is a recap unless the item offers the recording as on demand; see
          // rejectReason.
          .add(
              RECAP,
              "recap",
              "ecco com'e andato",
              "ecco com'e andata",
              "com'e andato",
              "com'e andata",
              "rivedi",
              "rivivi",
              "resoconto",
              "highlights",
              "key takeaways",
              "takeaways",
              "what happened at",
              "photo gallery",
              "fotogallery",
              "le foto",
              "i numeri di",
              "what we learned",
              "lessons learned",
              "cosa abbiamo imparato",
              "ecco i vincitori",
              "the winners",
              "grazie a chi ha partecipato")
          .addPattern(
              ARTICLE,
              "^\\d+\\s+(?:consigli|suggerimenti|modi|errori|motivi|ragioni|trucchi"
                  + "|idee|strumenti|regole|passi|domande|cose|segreti|tips|ways|mistakes|reasons|tricks"
                  + "|ideas|tools|rules|steps|things|questions|secrets|lessons|best practices)\\b")
          .addPattern(
              LIST,
              "(?<![\\p{L}\\p{N}])\\d+\\s+(?:meetups|eventi|events|webinars|corsi"
                  + "|courses|conferences|conferenze|convegni|workshops)\\b")
          .add(
              LIST,
              "i prossimi webinar",
              "i prossimi eventi",
              "i prossimi corsi",
              "prossimi appuntamenti",
              "calendario eventi",
              "calendario dei webinar",
              "calendario dei corsi",
              "tutti gli eventi",
              "upcoming webinars",
              "upcoming events",
              "events calendar",
              "all events",
              "newsletter",
              "gli appuntamenti",
              "appuntamenti formativi",
              "this week in",
              "catalogo corsi",
              "course catalogue")
          .add(
              ARTICLE,
              "consigli per",
              "consigli su",
              "tips for",
              "tips to",
              "errori da evitare",
              "mistakes to avoid",
              "la guida",
              "guida completa",
              "guida definitiva",
              "a guide to",
              "the ultimate guide",
              "complete guide",
              "checklist",
              "cos'e un",
              "cos'e una",
              "che cos'e",
              "what is a",
              "why you should",
              "perche dovresti",
              "best practice per",
              "best practices for",
              "opinion",
              "opinione",
              "editoriale",
              "editorial",
              "case study")
          .add(NEWS, "comunicato stampa", "press release", "release notes", "changelog")
          .add(CALL, "call for")
          .build();

  /**
   * Clues that give an item away only when it invites nobody: an event page may say "last year 300
   * people took part" or live under /blog/, but then it also says how to register.
   */
  private static final Vocabulary<String> UNLESS_INVITED =
      Vocabulary.<String>builder()
          .add(
              RECAP,
              "hanno partecipato",
              "ha partecipato",
              "grazie per la partecipazione",
              "thanks to the",
              "thank you to the",
              "who joined us",
              "joined us on",
              "le foto della giornata",
              "qui trovate le foto",
              "qui trovate i materiali",
              "sabato scorso",
              "giovedi scorso",
              "venerdi scorso",
              "last month we",
              "last week we",
              "lo scorso mese",
              "hanno premiato",
              "cerimonia di ieri")
          .add(
              ARTICLE,
              "secondo l'ultimo rapporto",
              "secondo il rapporto",
              "secondo una ricerca",
              "according to",
              "analizziamo",
              "here's what",
              "ecco cosa",
              "intervista",
              "interview with",
              "episode",
              "episodio",
              "puntata",
              "podcast",
              "guide",
              "guida")
          .add(
              NEWS,
              "non si terra",
              "will not take place",
              "rinviato al",
              "will open",
              "aprira",
              "hires")
          .addPattern(ARTICLE, "(?<![\\p{L}])vs\\.?(?![\\p{L}])")
          .build();

  /** Parts of a web address that hold articles, news, shops or jobs. */
  private static final Vocabulary<String> NOT_EVENT_PATHS =
      Vocabulary.<String>builder()
          .add(
              ARTICLE,
              "blog",
              "articoli",
              "articles",
              "podcast",
              "episodes",
              "guides",
              "opinion",
              "customers",
              "case studies",
              "magazine")
          .add(
              NEWS,
              "news",
              "notizie",
              "press",
              "stampa",
              "shop",
              "negozio",
              "pricing",
              "prodotti",
              "products")
          .add(JOB, "jobs", "careers", "lavora con noi", "posizioni aperte")
          .build();

  /** Words that invite someone to come, watch or sign up. */
  private static final Vocabulary<Boolean> INVITATION =
      Vocabulary.<Boolean>builder()
          .add(
              true,
              "iscriviti",
              "iscrizione",
              "iscrizioni",
              "registrati",
              "prenota",
              "prenotazione",
              "partecipa",
              "partecipazione",
              "vi aspettiamo",
              "ti aspettiamo",
              "unisciti",
              "register",
              "registration",
              "sign up",
              "book your",
              "book now",
              "tickets",
              "biglietti",
              "join us",
              "join our",
              "tune in",
              "save the date",
              "segna in agenda",
              "collegati",
              "segui la diretta",
              "ingresso",
              "admission",
              "posti limitati",
              "limited seats",
              "seats are limited",
              "waitlist",
              "lista d'attesa",
              "vieni a",
              "come along")
          .build();

  /** Phrases that give an item away in its title only when nothing says it is an event. */
  private static final Vocabulary<String> IN_TITLE_WITHOUT_EVIDENCE =
      Vocabulary.<String>builder()
          .add(
              JOB, "job", "jobs", "careers", "lavoro a", "stage retribuito", "internship", "hiring")
          .add(
              ARTICLE,
              "come",
              "how to",
              "perche",
              "why",
              "intervista",
              "interview",
              "opinione",
              "blog")
          .add(
              NEWS,
              "news",
              "notizie",
              "novita",
              "comunicato stampa",
              "press release",
              "annuncia",
              "announces",
              "annuncio",
              "prezzi",
              "pricing",
              "listino",
              "acquista",
              "buy",
              "shop",
              "sconto",
              "discount",
              "offerta",
              "promo",
              "prodotto",
              "product",
              "release notes",
              "changelog",
              "aggiornamento",
              "update")
          .build();

  private NotEventRules() {}

  /** What the rules know of an item besides its words. */
  record Evidence(
      boolean namesKind,
      boolean joinable,
      boolean placed,
      boolean onDemand,
      Optional<URI> url,
      Optional<Instant> published,
      Instant start,
      Instant end) {}

  /**
   * Why the item is not an event, or empty when it may be one.
   *
   * @param foldedTitle the title, folded
   * @param foldedText the title and description, folded
   */
  static Optional<String> rejectReason(String foldedTitle, String foldedText, Evidence evidence) {
    boolean invited = evidence.joinable() || evidence.placed() || INVITATION.matches(foldedText);
    String path = evidence.url().map(URI::getPath).map(TextFolder::fold).orElse("");
    boolean eventPath = KindRules.WORDS.matches(path) || path.matches(".*\\bevent[io]?s?\\b.*");
    Optional<Vocabulary.Hit<String>> hit =
        ANYWHERE
            .findHit(foldedText)
            .or(() -> IN_TITLE.findHit(foldedTitle))
            .or(() -> invited ? Optional.empty() : UNLESS_INVITED.findHit(foldedText))
            .or(
                () ->
                    invited || eventPath
                        ? Optional.empty()
                        : NOT_EVENT_PATHS
                            .findHit(path)
                            .map(
                                found ->
                                    new Vocabulary.Hit<>(
                                        found.value(), "/" + found.phrase() + "/")))
            .or(
                () ->
                    evidence.namesKind() || invited || eventPath
                        ? Optional.empty()
                        : IN_TITLE_WITHOUT_EVIDENCE.findHit(foldedTitle));
    if (hit.isPresent() && !(hit.get().value().equals(RECAP) && evidence.onDemand())) {
      return Optional.of(hit.get().value() + " (\"" + hit.get().phrase() + "\")");
    }
    // Published after the event ended: a report of it, not an invitation to it.
    if (!evidence.onDemand()
        && evidence.published().filter(at -> at.isAfter(evidence.end())).isPresent()) {
      return Optional.of(
          RECAP + " (published " + evidence.published().get() + ", after the event)");
    }
    return Optional.empty();
  }

  /** When an event with no stated end is surely over: long enough for a conference day. */
  static Instant assumedEnd(Instant start) {
    return start.plus(Duration.ofHours(12));
  }
}
