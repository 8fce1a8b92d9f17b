package io.invito.event;

/**
 * The phrases {@link NotEventRules} looks for, Italian and English, by strength: kept apart from
 * the rules so the vocabulary can grow without burying the logic.
 */
final class NotEventVocabulary {
  private NotEventVocabulary() {}

  /** Phrases that give an item away wherever they stand, title or description. */
  static final Vocabulary<String> ANYWHERE =
      Vocabulary.<String>builder()
          .add(
              NotEventRules.JOB,
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
              "retribuzione",
              "inviare portfolio",
              "invia il portfolio",
              "send your portfolio",
              "collaborazione freelance",
              "pro rata")
          .addPattern(
              NotEventRules.JOB,
              "(?<![\\p{L}])(?:cerca(?:no|mo)?|seleziona(?:no|mo)?|ricerca)\\s+(?:un\\s+|una\\s+)?(?:docente|formatore"
                  + "|formatrice|insegnante|sviluppatore|sviluppatrice|tecnico|addetto|addetta"
                  + "|impiegato|impiegata|figura|collaboratore|collaboratrice|consulente)\\b")
          .addPattern(
              NotEventRules.JOB,
              "(?<![\\p{L}])(?:we are|we're) (?:looking for|seeking) an? \\p{L}+")
          .add(
              NotEventRules.RECAP,
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
              NotEventRules.ARTICLE,
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
          .addPattern(NotEventRules.ARTICLE, "(?<![\\p{L}])take our\\b[^.!?]{0,40}\\bsurvey\\b")
          .add(
              NotEventRules.NEWS,
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
              "plans and pricing",
              "see plans",
              "see our plans",
              "piani a partire da",
              "prova gratis per",
              "buy the",
              "instant download",
              "download immediato",
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
              NotEventRules.NEWS,
              "\\d\\s*/\\s*(?:month|mo|mese)\\b|(?<![\\p{L}])(?:per month|al mese)\\b")
          .add(
              NotEventRules.CALL,
              "call for papers",
              "call for speakers",
              "call for proposals",
              "call for abstracts",
              "submissions close",
              "proposte di intervento",
              "invio delle proposte")
          .add(
              NotEventRules.LIST,
              "tutti i webinar",
              "tutti i corsi",
              "in programma questo mese",
              "abbiamo raccolto",
              "we've rounded up",
              "browse all")
          .add(
              NotEventRules.ARTICLE,
              "abbiamo provato",
              "ecco la nostra classifica",
              "we tried",
              "we tested")
          .build();

  /** Phrases that give an item away in its title, even when the title names a webinar. */
  static final Vocabulary<String> IN_TITLE =
      Vocabulary.<String>builder()
          .add(
              NotEventRules.JOB,
              "cerchiamo un",
              "cerchiamo una",
              "cercasi",
              "we are hiring",
              "we're hiring")
          // "Rivedi" is a recap unless the item offers the recording as on demand; see
          // rejectReason.
          .add(
              NotEventRules.RECAP,
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
              NotEventRules.ARTICLE,
              "^\\d+\\s+(?:consigli|suggerimenti|modi|errori|motivi|ragioni|trucchi"
                  + "|idee|strumenti|regole|passi|domande|cose|segreti|tips|ways|mistakes|reasons|tricks"
                  + "|ideas|tools|rules|steps|things|questions|secrets|lessons|best practices)\\b")
          .addPattern(
              NotEventRules.LIST,
              "(?<![\\p{L}\\p{N}])\\d+\\s+(?:meetups|eventi|events|webinars|corsi"
                  + "|courses|conferences|conferenze|convegni|workshops)\\b")
          .add(
              NotEventRules.LIST,
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
              NotEventRules.ARTICLE,
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
              "case study",
              "le migliori",
              "i migliori",
              "the best",
              "yesterday's",
              "l'elenco",
              "roundup")
          .addPattern(
              NotEventRules.ARTICLE,
              "^(?:three|four|five|six|seven|eight|nine|ten|tre|quattro|cinque|sei|sette|otto"
                  + "|nove|dieci)\\s+(?:things|lessons|ways|tips|reasons|moments|cose|lezioni|modi"
                  + "|consigli|motivi|momenti)\\b")
          .add(
              NotEventRules.NEWS,
              "comunicato stampa",
              "press release",
              "release notes",
              "changelog")
          .add(NotEventRules.CALL, "call for")
          .addPattern(NotEventRules.JOB, "^(?:job|jobs|lavoro|offerta di lavoro|vacancy)\\s*:")
          .build();

  /**
   * Clues that give an item away only when it invites nobody: an event page may say "last year 300
   * people took part" or live under /blog/, but then it also says how to register.
   */
  static final Vocabulary<String> UNLESS_INVITED =
      Vocabulary.<String>builder()
          .add(
              NotEventRules.RECAP,
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
              NotEventRules.ARTICLE,
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
              NotEventRules.NEWS,
              "non si terra",
              "will not take place",
              "rinviato al",
              "will offer",
              "expects",
              "used by",
              "trusted by",
              "scelto da oltre",
              "utilizzato da oltre",
              "crea webinar",
              "crea i tuoi",
              "create your",
              "host your",
              "will open",
              "aprira",
              "hires")
          .addPattern(NotEventRules.ARTICLE, "(?<![\\p{L}])vs\\.?(?![\\p{L}])")
          .build();

  /** Parts of a web address that hold articles, news, shops or jobs. */
  static final Vocabulary<String> NOT_EVENT_PATHS =
      Vocabulary.<String>builder()
          .add(
              NotEventRules.ARTICLE,
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
              NotEventRules.NEWS,
              "news",
              "notizie",
              "press",
              "stampa",
              "shop",
              "negozio",
              "pricing",
              "prodotto",
              "product",
              "prodotti",
              "products")
          .add(NotEventRules.JOB, "jobs", "careers", "lavora con noi", "posizioni aperte")
          .build();

  /** Words that invite someone to come, watch or sign up. */
  static final Vocabulary<Boolean> INVITATION =
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
  static final Vocabulary<String> IN_TITLE_WITHOUT_EVIDENCE =
      Vocabulary.<String>builder()
          .add(
              NotEventRules.JOB,
              "job",
              "jobs",
              "careers",
              "lavoro a",
              "stage retribuito",
              "internship",
              "hiring")
          .add(
              NotEventRules.ARTICLE,
              "come",
              "how to",
              "perche",
              "why",
              "intervista",
              "interview",
              "opinione",
              "blog")
          .add(
              NotEventRules.NEWS,
              "news",
              "notizie",
              "novita",
              "comunicato stampa",
              "press release",
              "annuncia",
              "announces",
              "opens",
              "inaugura",
              "launches",
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
}
