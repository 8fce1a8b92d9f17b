package io.invito.match;

import static io.invito.match.Samples.contact;
import static io.invito.match.Samples.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.Reason;
import io.invito.model.Reason.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceTest {
  private final Relevance relevance = new Relevance(Map.of());

  private Relevance.Score score(Contact contact, Event event) {
    return relevance.score(relevance.profile(contact), new EventText(event));
  }

  @Test
  void anInterestInTheTitleBeatsTheSameInterestInTheDescription() {
    Contact contact = contact("ada", "cloud").build();
    Event inTitle = event("e1", "Cloud per le PMI").build();
    Event inDescription = event("e2", "Novità per le PMI")
        .description("Parleremo anche di cloud e di fatturazione.").build();

    assertThat(score(contact, inTitle).value()).isEqualTo(3.0);
    assertThat(score(contact, inDescription).value()).isEqualTo(1.0);
  }

  @Test
  void weighsTitleThreeTopicsTwoDescriptionAndOrganizerOneAndAddsThemUp() {
    Contact contact = contact("ada", "cloud").build();
    Event everywhere = event("e1", "Cloud day").topics("Cloud", "DevOps")
        .description("Tutto sul cloud.").organizer("Cloud Italia").build();

    Relevance.Score score = score(contact, everywhere);

    assertThat(score.value()).isEqualTo(7.0);
    assertThat(score.reasons()).extracting(Reason::where)
        .containsExactly("title", "topics", "description", "organizer");
  }

  @Test
  void meetsSynonymsAcrossLanguagesAndQuotesTheEventsOwnWords() {
    Contact contact = contact("marco", "sicurezza informatica").build();
    Event event = event("e1", "Cybersecurity for SMEs").language("en").build();

    assertThat(score(contact, event).reasons()).containsExactly(
        new Reason(Kind.INTEREST, "sicurezza informatica", "Cybersecurity", "title"));
  }

  @Test
  void meetsTheBuiltInSynonymsBothWays() {
    assertThat(score(contact("a", "human resources").build(),
        event("e", "Risorse umane e welfare").build()).value()).isEqualTo(3.0);
    assertThat(score(contact("b", "AI").build(),
        event("e", "Intelligenza artificiale generativa").build()).value()).isEqualTo(3.0);
    assertThat(score(contact("c", "intelligenza artificiale").build(),
        event("e", "What's new in AI").build()).value()).isEqualTo(3.0);
    assertThat(score(contact("d", "vendite").build(),
        event("e", "Sales playbook 2027").build()).value()).isEqualTo(3.0);
    assertThat(score(contact("e", "sostenibilità").build(),
        event("e", "ESG reporting").build()).value()).isEqualTo(3.0);
    assertThat(score(contact("f", "formazione").build(),
        event("e", "Training the trainers").build()).value()).isEqualTo(3.0);
  }

  @Test
  void matchesAPhraseInEitherWordOrderButOnlyWithAllItsWords() {
    Contact contact = contact("luca", "marketing digitale").build();

    assertThat(score(contact, event("e1", "Digital Marketing Summit").build()).reasons())
        .extracting(Reason::found).containsExactly("Digital Marketing");
    assertThat(score(contact, event("e2", "Marketing per il non profit").build()).value())
        .isZero();
    assertThat(score(contact("m", "sicurezza informatica").build(),
        event("e3", "Sicurezza sul lavoro: gli obblighi").build()).value()).isZero();
  }

  @Test
  void doesNotTakeTheItalianPrepositionAiForArtificialIntelligence() {
    Contact contact = contact("ada", "AI").build();
    Event event = event("e1", "Consigli ai commercialisti").description("Dedicato ai soci.").build();

    assertThat(score(contact, event).value()).isZero();
  }

  @Test
  void countsRoleWordsOnceWithoutTheirRank() {
    Contact marketing = contact("luca").role("Marketing manager").build();

    assertThat(score(marketing, event("e1", "Project manager: strumenti").build()).value())
        .isZero();
    Relevance.Score score = score(marketing,
        event("e2", "Marketing B2B").description("Per chi fa marketing ogni giorno").build());
    assertThat(score.value()).isEqualTo(1.0);
    assertThat(score.reasons()).containsExactly(
        new Reason(Kind.ROLE, "Marketing manager", "Marketing", "title"));
  }

  @Test
  void readsAcronymRolesThroughTheSynonymTable() {
    Contact ciso = contact("marco").role("CISO").build();
    Event event = event("e1", "Il nuovo ruolo del Chief Information Security Officer").build();

    assertThat(score(ciso, event).reasons()).extracting(Reason::kind, Reason::found)
        .containsExactly(tuple(Kind.ROLE, "Chief Information Security Officer"));
  }

  @Test
  void takesExtraSynonymsAndMergesThemWithTheBuiltInOnes() {
    Relevance withExtra = new Relevance(
        Map.of("PNRR", List.of("Piano nazionale di ripresa e resilienza"),
            "cybersecurity", List.of("NIS2")));
    Relevance.Profile pnrr = withExtra.profile(contact("a", "PNRR").build());
    Relevance.Profile security = withExtra.profile(contact("b", "sicurezza informatica").build());

    assertThat(withExtra.score(pnrr, new EventText(
        event("e1", "Bandi del Piano Nazionale di Ripresa e Resilienza").build())).value())
        .isEqualTo(3.0);
    assertThat(withExtra.score(security, new EventText(
        event("e2", "NIS2: cosa cambia").build())).value()).isEqualTo(3.0);
  }
}
