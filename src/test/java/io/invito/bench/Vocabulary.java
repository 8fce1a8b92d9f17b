package io.invito.bench;

import java.util.List;
import java.util.Random;

/** Words for generated events and contacts: the topics and phrasing of real Italian webinars. */
final class Vocabulary {
  /** A topic as Italian and English speakers write it. */
  record Topic(String it, String en) {}

  static final List<Topic> TOPICS =
      List.of(
          new Topic("sicurezza informatica", "cybersecurity"),
          new Topic("cloud", "cloud"),
          new Topic("intelligenza artificiale", "artificial intelligence"),
          new Topic("machine learning", "machine learning"),
          new Topic("analisi dei dati", "data analytics"),
          new Topic("risorse umane", "human resources"),
          new Topic("formazione", "training"),
          new Topic("marketing digitale", "digital marketing"),
          new Topic("vendite", "sales"),
          new Topic("sostenibilità", "sustainability"),
          new Topic("economia circolare", "circular economy"),
          new Topic("energie rinnovabili", "renewable energy"),
          new Topic("logistica", "logistics"),
          new Topic("industria 4.0", "industry 4.0"),
          new Topic("protezione dei dati", "data protection"),
          new Topic("contabilità", "accounting"),
          new Topic("finanza", "finance"),
          new Topic("fisco", "tax"),
          new Topic("e-commerce", "e-commerce"),
          new Topic("gestione progetti", "project management"),
          new Topic("lavoro agile", "remote work"),
          new Topic("sanità digitale", "digital health"),
          new Topic("telemedicina", "telemedicine"),
          new Topic("esperienza utente", "user experience"),
          new Topic("accessibilità", "accessibility"),
          new Topic("blockchain", "blockchain"),
          new Topic("Kubernetes", "Kubernetes"),
          new Topic("DevOps", "DevOps"),
          new Topic("business intelligence", "business intelligence"),
          new Topic("Python", "Python"),
          new Topic("internazionalizzazione", "internationalization"),
          new Topic("export", "export"),
          new Topic("startup", "startup"),
          new Topic("venture capital", "venture capital"),
          new Topic("leadership", "leadership"),
          new Topic("comunicazione", "communication"),
          new Topic("parlare in pubblico", "public speaking"),
          new Topic("turismo", "tourism"),
          new Topic("agricoltura di precisione", "precision farming"),
          new Topic("BIM", "BIM"),
          new Topic("edilizia sostenibile", "green building"),
          new Topic("customer care", "customer service"),
          new Topic("chatbot", "chatbot"),
          new Topic("PNRR", "recovery plan"),
          new Topic("pubblica amministrazione digitale", "digital government"),
          new Topic("trasformazione digitale", "digital transformation"),
          new Topic("innovazione", "innovation"),
          new Topic("SEO", "SEO"),
          new Topic("social media", "social media"),
          new Topic("email marketing", "email marketing"),
          new Topic("CRM", "CRM"),
          new Topic("negoziazione", "negotiation"),
          new Topic("selezione del personale", "recruiting"),
          new Topic("welfare aziendale", "employee wellbeing"),
          new Topic("diritto del lavoro", "employment law"),
          new Topic("privacy", "privacy"),
          new Topic("AI Act", "AI Act"),
          new Topic("NIS2", "NIS2"),
          new Topic("manutenzione predittiva", "predictive maintenance"),
          new Topic("IoT", "IoT"),
          new Topic("robotica", "robotics"),
          new Topic("stampa 3D", "3D printing"),
          new Topic("fatturazione elettronica", "e-invoicing"),
          new Topic("controllo di gestione", "management control"),
          new Topic("efficienza energetica", "energy efficiency"),
          new Topic("clima", "climate"),
          new Topic("ESG", "ESG"),
          new Topic("bilancio di sostenibilità", "sustainability reporting"),
          new Topic("didattica digitale", "digital learning"),
          new Topic("e-learning", "e-learning"),
          new Topic("realtà aumentata", "augmented reality"),
          new Topic("quantum computing", "quantum computing"),
          new Topic("fintech", "fintech"),
          new Topic("pagamenti digitali", "digital payments"),
          new Topic("open banking", "open banking"),
          new Topic("assicurazioni", "insurance"),
          new Topic("immobiliare", "real estate"),
          new Topic("moda", "fashion"),
          new Topic("design", "design"),
          new Topic("agroalimentare", "food industry"),
          new Topic("vino", "wine"),
          new Topic("automotive", "automotive"),
          new Topic("mobilità elettrica", "electric mobility"),
          new Topic("smart city", "smart city"),
          new Topic("open data", "open data"),
          new Topic("data governance", "data governance"),
          new Topic("data engineering", "data engineering"),
          new Topic("LLM", "large language models"),
          new Topic("computer vision", "computer vision"),
          new Topic("5G", "5G"),
          new Topic("edge computing", "edge computing"),
          new Topic("supply chain", "supply chain"),
          new Topic("lean manufacturing", "lean manufacturing"),
          new Topic("qualità", "quality management"),
          new Topic("ISO 27001", "ISO 27001"),
          new Topic("GDPR", "GDPR"),
          new Topic("employer branding", "employer branding"),
          new Topic("people analytics", "people analytics"),
          new Topic("coaching", "coaching"),
          new Topic("benessere organizzativo", "workplace wellbeing"),
          new Topic("no profit", "nonprofit"),
          new Topic("raccolta fondi", "fundraising"),
          new Topic("cultura", "culture"),
          new Topic("musei digitali", "digital museums"),
          new Topic("giornalismo", "journalism"),
          new Topic("podcast", "podcasting"),
          new Topic("video marketing", "video marketing"));

  static final List<String> TITLES_IT =
      List.of(
          "%s per le PMI: come iniziare",
          "Webinar: %s e %s nel 2027",
          "%s: casi pratici e strumenti",
          "Corso online di %s",
          "Le novità su %s per le imprese italiane",
          "%s e %s: cosa cambia",
          "Workshop pratico: %s",
          "Come usare %s in azienda",
          "Guida a %s per i professionisti",
          "Tavola rotonda su %s");
  static final List<String> TITLES_EN =
      List.of(
          "%s for small businesses",
          "Webinar: %s and %s in 2027",
          "%s in practice: tools and case studies",
          "An introduction to %s",
          "What's new in %s",
          "%s meets %s",
          "Hands-on workshop: %s",
          "Scaling %s across the enterprise",
          "A practitioner's guide to %s",
          "Panel: the future of %s");
  static final List<String> SENTENCES_IT =
      List.of(
          "Un incontro online dedicato a %s con esperti e aziende del settore.",
          "Parleremo di %s con esempi concreti e tempo per le domande.",
          "Il corso è pensato per chi lavora con %s ogni giorno.",
          "Vedremo gli errori più comuni nei progetti di %s.",
          "Al termine verrà rilasciato un attestato di partecipazione sul tema %s.",
          "La sessione è gratuita previa registrazione.");
  static final List<String> SENTENCES_EN =
      List.of(
          "A live online session on %s with practitioners from leading companies.",
          "We will cover %s with real examples and plenty of time for questions.",
          "Designed for teams who work with %s every day.",
          "Learn the most common mistakes in %s projects and how to avoid them.",
          "Attendees receive a certificate on %s.",
          "Registration is free but seats are limited.");
  static final List<String> NOTES =
      List.of(
          "Conosciuto a un evento su %s",
          "Mi ha chiesto di segnalarle novità su %s",
          "Sta valutando un progetto di %s",
          "Ex collega, ora si occupa di %s");
  static final List<String> ROLES =
      List.of(
          "CISO",
          "CTO",
          "CFO",
          "Marketing manager",
          "Responsabile risorse umane",
          "Direttore commerciale",
          "Data scientist",
          "Data analyst",
          "Project manager",
          "Responsabile IT",
          "Energy manager",
          "Supply chain manager",
          "Avvocato",
          "Commercialista",
          "Controller",
          "Docente",
          "Professoressa",
          "Founder",
          "HR business partner",
          "Sales director",
          "Head of Data",
          "UX designer",
          "DevOps engineer",
          "Responsabile customer service",
          "Architetto",
          "Agronomo",
          "Hotel manager",
          "Export manager",
          "Sustainability lead",
          "Responsabile produzione",
          "Consulente",
          "Amministratore delegato",
          "Product manager",
          "Software engineer",
          "Ricercatore",
          "Giornalista",
          "Responsabile qualità",
          "Responsabile acquisti",
          "Office manager",
          "Digital marketing specialist");
  static final List<String> FIRST_NAMES =
      List.of(
          "Marco",
          "Giulia",
          "Luca",
          "Anna",
          "Paolo",
          "Chiara",
          "Francesca",
          "Matteo",
          "Sara",
          "Andrea",
          "Elena",
          "Davide",
          "Sofia",
          "Sarah",
          "James",
          "Emma",
          "Oliver",
          "Niccolò",
          "Élodie",
          "Beatrice");
  static final List<String> LAST_NAMES =
      List.of(
          "Rossi",
          "Bianchi",
          "Romano",
          "Colombo",
          "Ricci",
          "Marino",
          "Greco",
          "Bruno",
          "Gallo",
          "Conti",
          "De Luca",
          "Mancini",
          "Costa",
          "Giordano",
          "Rizzo",
          "Lombardi",
          "Moretti",
          "Jones",
          "Smith",
          "Martin");
  static final List<String> ZONES =
      List.of(
          "Europe/Rome",
          "Europe/Rome",
          "Europe/Rome",
          "Europe/Rome",
          "Europe/London",
          "Europe/Paris",
          "Europe/Zurich",
          "America/New_York",
          "Asia/Tokyo");
  private static final List<String> SECTORS =
      List.of(
          "Informatica",
          "Consulting",
          "Logistica",
          "Energia",
          "Costruzioni",
          "Digital",
          "Software",
          "Meccanica",
          "Alimentare",
          "Trasporti");
  private static final List<String> FORMS = List.of("Srl", "S.p.A.", "Ltd", "", "& C.");

  private Vocabulary() {}

  static Topic topic(Random random) {
    // A few topics are far more common than the rest, as in real feeds.
    int index =
        (int) Math.min(TOPICS.size() - 1, Math.abs(random.nextGaussian()) * TOPICS.size() / 2.5);
    return TOPICS.get(index);
  }

  static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  static String company(Random random) {
    return (pick(random, LAST_NAMES) + " " + pick(random, SECTORS) + " " + pick(random, FORMS))
        .strip();
  }

  static String organizer(Random random) {
    return pick(
            random,
            List.of(
                "Osservatori",
                "Academy",
                "Community",
                "Forum",
                "Institute",
                "Camera di Commercio",
                "Ordine",
                "Associazione",
                "Lab",
                "Hub"))
        + " "
        + pick(random, SECTORS)
        + " "
        + (1 + random.nextInt(30));
  }
}
