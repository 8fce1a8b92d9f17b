package io.invito.match;

import static io.invito.match.Samples.NOW;
import static io.invito.match.Samples.THURSDAY_EVENING;
import static io.invito.match.Samples.contact;
import static io.invito.match.Samples.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.config.MatchSettings;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.EventStatus;
import io.invito.model.Match;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A small labelled set, Italian and English, with the pairs a careful human would invite: it shows
 * what the keyword matcher finds and misses, and fails if a change loses what it finds today.
 */
class LabelledSetTest {
  private static final ZonedDateTime WEDNESDAY = THURSDAY_EVENING.minusDays(1);
  private static final ZonedDateTime FRIDAY = THURSDAY_EVENING.plusDays(1);

  private static final List<Contact> CONTACTS = List.of(
      contact("marco", "sicurezza informatica", "cloud").role("CISO")
          .languages(Language.IT, Language.EN).build(),
      contact("giulia", "risorse umane", "formazione", "welfare aziendale")
          .role("Responsabile risorse umane").build(),
      contact("sarah", "data science", "machine learning").role("Head of Data")
          .languages(Language.EN).zone("Europe/London").build(),
      contact("luca", "marketing digitale", "SEO", "social media").role("Marketing manager")
          .build(),
      contact("anna", "sostenibilità", "economia circolare").role("Professoressa")
          .languages(Language.IT, Language.EN).build(),
      contact("pietro", "vendite", "CRM").role("Direttore commerciale").build(),
      contact("elodie", "cybersecurity", "privacy").languages(Language.EN, Language.IT)
          .zone("Europe/Paris").build(),
      contact("james", "finance", "accounting").role("CFO").languages(Language.EN)
          .zone("America/New_York").build(),
      contact("chiara", "didattica digitale", "e-learning").role("Docente").build(),
      contact("niccolo", "intelligenza artificiale", "Kubernetes").role("CTO")
          .languages(Language.IT, Language.EN).build(),
      contact("sofia", "logistica", "industria 4.0").languages(Language.IT, Language.EN)
          .zone("Europe/Zurich").build(),
      contact("tom", "project management", "agile").languages(Language.EN)
          .zone("Europe/London").build());

  private static final List<Event> EVENTS = List.of(
      event("cyber-pmi", "Cybersecurity per le PMI: difendersi dal ransomware")
          .topics("sicurezza informatica", "NIS2")
          .description("Un'ora con esperti del CERT per capire come proteggere i dati aziendali.")
          .build(),
      event("zero-trust", "Zero Trust architecture for cloud workloads").language("en")
          .start(THURSDAY_EVENING.withHour(17)).topics("cloud security")
          .description("Identity, segmentation and monitoring for teams moving to the cloud.")
          .build(),
      event("welfare", "Welfare aziendale e benessere delle persone").start(FRIDAY.withHour(11))
          .topics("risorse umane")
          .description("Strumenti per HR manager: piani di welfare, smart working, engagement.")
          .build(),
      event("people-analytics", "People analytics for HR leaders").language("en")
          .start(FRIDAY.withHour(15)).topics("human resources", "analytics")
          .description("Use data to reduce turnover and plan hiring.").build(),
      event("mlops", "Machine learning in production: MLOps with Kubernetes").language("en")
          .start(THURSDAY_EVENING.withHour(16)).topics("machine learning", "MLOps")
          .description("From notebooks to reliable services.").build(),
      event("genai", "Intelligenza artificiale generativa per le imprese").start(WEDNESDAY)
          .topics("AI")
          .description("Casi d'uso, rischi e governance dell'AI nelle aziende italiane.").build(),
      event("seo", "SEO e contenuti: il marketing digitale che funziona nel 2027")
          .start(THURSDAY_EVENING.withHour(10)).topics("SEO", "content marketing")
          .description("Per marketing manager e agenzie.").build(),
      event("social-b2b", "Social media strategy for B2B brands").language("en")
          .start(FRIDAY).topics("digital marketing", "social media").build(),
      event("esg", "Bilancio di sostenibilità: le nuove regole ESG").start(FRIDAY.withHour(10))
          .topics("ESG", "CSRD")
          .description("Cosa cambia per le imprese con la direttiva CSRD.").build(),
      event("circular", "Circular economy: designing out waste").language("en")
          .start(THURSDAY_EVENING.withHour(14)).topics("sustainability")
          .description("Product design, reuse and recycling in practice.").build(),
      event("crm", "Vendere con il CRM: dal lead al contratto")
          .start(THURSDAY_EVENING.withHour(9).withMinute(30)).topics("vendite", "CRM")
          .description("Workshop pratico per direttori commerciali e team di vendita.").build(),
      event("finance", "Finance for non-financial managers").language("en")
          .start(THURSDAY_EVENING.withHour(19)).topics("finance", "accounting").build(),
      event("ai-accounting", "Accounting automation with AI").language("en")
          .start(FRIDAY.withHour(9)).topics("accounting", "AI").build(),
      event("elearning", "Didattica digitale: progettare corsi e-learning efficaci")
          .start(FRIDAY.withHour(16)).topics("formazione", "e-learning").build(),
      event("logistics", "Logistica 4.0: magazzini automatizzati e supply chain")
          .start(THURSDAY_EVENING.withHour(11)).topics("logistica", "industria 4.0").build(),
      event("agile-pm", "Agile project management beyond Scrum").language("en")
          .start(FRIDAY.withHour(14)).topics("project management", "agile").build(),
      event("safety", "Sicurezza sul lavoro: obblighi del datore di lavoro")
          .start(THURSDAY_EVENING.withHour(15)).topics("salute e sicurezza")
          .description("Aggiornamento obbligatorio per RSPP.").build(),
      event("tax", "Convegno: consigli ai commercialisti sulla riforma fiscale")
          .start(THURSDAY_EVENING.withHour(12)).description("Dedicato ai soci dell'ordine.")
          .build(),
      event("cancelled", "Cloud e sicurezza informatica").status(EventStatus.CANCELLED).build());

  /**
   * What a careful human would send, rules included: james is not invited to the 09:00 Rome
   * event (03:00 in New York), giulia not to the English one (she reads only Italian).
   */
  private static final Set<String> EXPECTED = Set.of(
      "cyber-pmi|marco", "cyber-pmi|elodie", "zero-trust|marco", "zero-trust|elodie",
      "welfare|giulia", "mlops|sarah", "mlops|niccolo", "genai|niccolo", "ai-accounting|niccolo",
      "seo|luca", "esg|anna", "circular|anna", "crm|pietro", "finance|james", "elearning|chiara",
      "elearning|giulia", "logistics|sofia", "agile-pm|tom");

  /** Every pair that passes the rules and the minimum score, before the one-per-contact cap. */
  private static Set<String> allFoundPairs() {
    Matcher uncapped = new Matcher(new MatchSettings(1.0, Duration.ofDays(7), 1000,
        Duration.ofHours(24), Duration.ofDays(14)));
    Set<String> found = new TreeSet<>();
    for (Event event : EVENTS) { // one event per call, so the one-per-contact cap cannot bite
      for (Match match : uncapped.match(List.of(event), CONTACTS, NOW, Map.of(), Set.of())) {
        found.add(match.eventId() + "|" + match.contactId());
      }
    }
    return found;
  }

  @Test
  void findsTheExpectedPairsWithFewStrays() {
    Set<String> found = allFoundPairs();
    Set<String> hits = found.stream().filter(EXPECTED::contains).collect(Collectors.toSet());
    double precision = (double) hits.size() / found.size();
    double recall = (double) hits.size() / EXPECTED.size();

    System.out.printf("labelled set: %d contacts x %d events, precision %.2f, recall %.2f%n",
        CONTACTS.size(), EVENTS.size(), precision, recall);
    System.out.println("  missed: " + new TreeSet<>(diff(EXPECTED, found)));
    System.out.println("  strays: " + new TreeSet<>(diff(found, EXPECTED)));
    // Known miss, kept visible: "Zero Trust" is cybersecurity only to a reader who knows it.
    assertThat(diff(EXPECTED, found)).containsExactly("zero-trust|elodie");
    assertThat(precision).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void givesEachContactOneOfTheirExpectedEvents() {
    List<Match> matches =
        new Matcher(MatchSettings.defaults()).match(EVENTS, CONTACTS, NOW, Map.of(), Set.of());

    assertThat(matches).extracting(match -> match.eventId() + "|" + match.contactId())
        .doesNotHaveDuplicates()
        .allMatch(EXPECTED::contains);
    assertThat(matches).extracting(Match::contactId).containsExactlyInAnyOrder(
        "marco", "giulia", "sarah", "luca", "anna", "pietro", "elodie", "james", "chiara",
        "niccolo", "sofia", "tom");
  }

  private static Set<String> diff(Set<String> left, Set<String> right) {
    return left.stream().filter(pair -> !right.contains(pair)).collect(Collectors.toSet());
  }
}
