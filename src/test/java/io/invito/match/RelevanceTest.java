package io.invito.match;

import static io.invito.match.Samples.contact;
import static io.invito.match.Samples.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.invito.config.ConfigException;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.Reason;
import io.invito.model.Reason.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevanceTest {
  private static final Analysis BUILT_IN = new Analysis(SynonymTable.compile(Map.of(), null));

  @TempDir Path dir;

  /** The score and reasons of one contact for one event, through the Lucene index. */
  private static Scored score(Analysis analysis, Contact contact, Event event) {
    EventIndex index = new EventIndex(List.of(event), analysis);
    Relevance relevance = new Relevance(analysis, index);
    List<Relevance.Term> terms = new ContactTerms().terms(contact);
    double value = 0;
    for (Relevance.Term term : terms) {
      Relevance.Hits hits = relevance.hits(term);
      value += hits.events().length == 0 ? 0 : hits.scores()[0];
    }
    return new Scored(value, relevance.explain(terms, 0));
  }

  private static Scored score(Contact contact, Event event) {
    return score(BUILT_IN, contact, event);
  }

  private record Scored(double value, List<Reason> reasons) {}

  @Test
  void anInterestInTheTitleBeatsTheSameInterestInTheDescription() {
    Contact contact = contact("ada", "cloud").build();

    assertThat(score(contact, event("e1", "Cloud per le PMI").build()).value()).isEqualTo(3.0);
    assertThat(
            score(
                    contact,
                    event("e2", "Novità per le PMI")
                        .description("Parleremo anche di cloud e di fatturazione.")
                        .build())
                .value())
        .isEqualTo(1.0);
  }

  @Test
  void weighsTitleThreeTopicsTwoDescriptionAndOrganizerOneAndAddsThemUp() {
    Event everywhere =
        event("e1", "Cloud day")
            .topics("DevOps", "Cloud")
            .description("Tutto sul cloud.")
            .organizer("Cloud Italia")
            .build();

    Scored score = score(contact("ada", "cloud").build(), everywhere);

    assertThat(score.value()).isEqualTo(7.0);
    assertThat(score.reasons())
        .extracting(Reason::where, Reason::found)
        .containsExactly(
            tuple("title", "Cloud"),
            tuple("topics", "Cloud"),
            tuple("description", "cloud"),
            tuple("organizer", "Cloud"));
  }

  @Test
  void meetsSynonymsAcrossLanguagesAndQuotesTheEventsOwnWords() {
    Event event = event("e1", "Why cybersecurity matters for SMEs").language("en").build();

    assertThat(score(contact("marco", "sicurezza informatica").build(), event).reasons())
        .containsExactly(
            new Reason(Kind.INTEREST, "sicurezza informatica", "cybersecurity", "title"));
  }

  @Test
  void meetsTheBuiltInSynonymsBothWays() {
    assertThat(
            score(
                    contact("a", "human resources").build(),
                    event("e", "Risorse umane e welfare").build())
                .value())
        .isEqualTo(3.0);
    assertThat(
            score(
                    contact("b", "AI").build(),
                    event("e", "Intelligenza artificiale generativa").build())
                .value())
        .isEqualTo(3.0);
    assertThat(
            score(
                    contact("c", "intelligenza artificiale").build(),
                    event("e", "What's new in AI").language("en").build())
                .value())
        .isEqualTo(3.0);
    assertThat(
            score(
                    contact("d", "vendite").build(),
                    event("e", "Sales playbook 2027").language("en").build())
                .value())
        .isEqualTo(3.0);
    assertThat(
            score(
                    contact("e", "sostenibilità").build(),
                    event("e", "ESG reporting").language("en").build())
                .value())
        .isEqualTo(3.0);
    assertThat(
            score(
                    contact("f", "formazione").build(),
                    event("e", "Training the trainers").language("en").build())
                .value())
        .isEqualTo(3.0);
  }

  @Test
  void stemsPluralsAndGenderInEachLanguage() {
    assertThat(
            score(
                    contact("a", "energie rinnovabili").build(),
                    event("e", "L'energia rinnovabile nei condomini").build())
                .value())
        .isEqualTo(3.0);
    assertThat(
            score(
                    contact("b", "webinar").build(),
                    event("e", "Three webinars on hiring").language("en").build())
                .value())
        .isEqualTo(3.0);
  }

  @Test
  void matchesAPhraseInEitherWordOrderButOnlyWithAllItsWords() {
    Contact contact = contact("luca", "marketing digitale").build();

    assertThat(
            score(contact, event("e1", "Digital Marketing Summit").language("en").build())
                .reasons())
        .extracting(Reason::found)
        .containsExactly("Digital Marketing");
    assertThat(score(contact, event("e2", "Marketing per il non profit").build()).value()).isZero();
    assertThat(
            score(
                    contact("m", "sicurezza informatica").build(),
                    event("e3", "Sicurezza sul lavoro: gli obblighi").build())
                .value())
        .isZero();
  }

  @Test
  void doesNotTakeTheItalianPrepositionAiForArtificialIntelligence() {
    Event event =
        event("e1", "Consigli ai commercialisti").description("Dedicato ai soci.").build();

    assertThat(score(contact("ada", "AI").build(), event).value()).isZero();
    assertThat(score(contact("bea", "ai").build(), event("e2", "AI per le PMI").build()).value())
        .isEqualTo(3.0); // an interest of only a stop word keeps it
  }

  @Test
  void keepsELearningApartFromMachineLearning() {
    assertThat(
            score(
                    contact("chiara", "e-learning").build(),
                    event("e", "Machine learning in production").language("en").build())
                .value())
        .isZero();
  }

  @Test
  void countsRoleWordsOnceWithoutTheirRank() {
    Contact marketing = contact("luca").role("Marketing manager").build();

    assertThat(score(marketing, event("e1", "Project manager: strumenti").build()).value())
        .isZero();
    Scored score =
        score(
            marketing,
            event("e2", "Marketing B2B").description("Per chi fa marketing ogni giorno").build());
    assertThat(score.value()).isEqualTo(1.0);
    assertThat(score.reasons())
        .containsExactly(new Reason(Kind.ROLE, "Marketing manager", "Marketing", "title"));
  }

  @Test
  void readsAcronymRolesThroughTheSynonymTable() {
    Contact ciso = contact("marco").role("CISO").build();
    Event event = event("e1", "Il nuovo ruolo del Chief Information Security Officer").build();

    assertThat(score(ciso, event).reasons())
        .extracting(Reason::kind, Reason::found)
        .containsExactly(tuple(Kind.ROLE, "Chief Information Security Officer"));
  }

  @Test
  void scoresTheCompanyByNameWithoutItsLegalFormAndWithoutSynonyms() {
    Contact acme = contact("nic").company("Acme S.p.A.").build();

    Scored named = score(acme, event("e1", "Novità di prodotto").organizer("ACME").build());
    assertThat(named.value()).isEqualTo(1.0);
    assertThat(named.reasons())
        .containsExactly(new Reason(Kind.COMPANY, "Acme S.p.A.", "ACME", "organizer"));
    Contact hrPartner = contact("hr").company("HR Partner Srl").build();
    assertThat(score(hrPartner, event("e2", "Risorse umane: il partner giusto").build()).value())
        .isZero();
  }

  @Test
  void scoresPairsOfWordsFromTheNotesThroughSynonyms() {
    Contact rosa = contact("rosa").notes("Sta valutando lo smart working per il suo team").build();

    Scored score = score(rosa, event("e1", "Lavoro agile: accordi e produttività").build());
    assertThat(score.value()).isEqualTo(1.0);
    assertThat(score.reasons())
        .containsExactly(new Reason(Kind.NOTES, "smart working", "Lavoro agile", "title"));
    assertThat(score(rosa, event("e2", "Team building all'aperto").build()).value()).isZero();
  }

  @Test
  void takesExtraSynonymsAndMergesThemWithTheBuiltInOnes() {
    Analysis extra =
        new Analysis(
            SynonymTable.compile(
                Map.of(
                    "PNRR",
                    List.of("Piano nazionale di ripresa e resilienza"),
                    "cybersecurity",
                    List.of("NIS2")),
                null));

    assertThat(
            score(
                    extra,
                    contact("a", "PNRR").build(),
                    event("e1", "Bandi del Piano Nazionale di Ripresa e Resilienza").build())
                .value())
        .isEqualTo(3.0);
    assertThat(
            score(
                    extra,
                    contact("b", "sicurezza informatica").build(),
                    event("e2", "NIS2: cosa cambia").build())
                .value())
        .isEqualTo(3.0);
  }

  @Test
  void readsASynonymsFileInSolrFormatWithCommentsEscapesAndOneWayRules() throws IOException {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(
        file,
        "# the owner's words\n\nblockchain, registro distribuito\n"
            + "DORA => resilienza operativa digitale\nR\\, statistica, statistical computing\n");
    Analysis analysis = new Analysis(SynonymTable.compile(Map.of(), file));

    assertThat(
            score(
                    analysis,
                    contact("a", "registro distribuito").build(),
                    event("e1", "Blockchain per la filiera").build())
                .value())
        .isEqualTo(3.0);
    assertThat(
            score(
                    analysis,
                    contact("b", "DORA").build(),
                    event("e2", "Resilienza operativa digitale nelle banche").build())
                .value())
        .isEqualTo(3.0);
    assertThat(
            score(analysis, contact("c", "DORA").build(), event("e3", "DORA: le scadenze").build())
                .value())
        .isEqualTo(3.0);
  }

  @Test
  void refusesASynonymsFileLineWithAnEmptyPhraseNamingFileAndLine() throws IOException {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, "cloud, nuvola\nil, lo, la\n");

    assertThatThrownBy(() -> SynonymTable.compile(Map.of(), file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("synonyms.txt: line 2: 'il, lo, la':");
    assertThatThrownBy(() -> SynonymTable.compile(Map.of(), dir.resolve("missing.txt")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("missing.txt: file not found");
  }
}
