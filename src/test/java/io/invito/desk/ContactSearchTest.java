package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Formality;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contacts page's search over name, organisation, interests and e-mail. */
class ContactSearchTest {
  private static Contact contact(String id, String first, String company, String interest) {
    return new Contact(
        id,
        first,
        "Test",
        Optional.empty(),
        Optional.of(id + "@example.it"),
        Optional.of(company),
        Optional.empty(),
        List.of(interest),
        List.of(Language.IT),
        ZoneId.of("Europe/Rome"),
        Formality.INFORMAL,
        Channel.EMAIL,
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private final List<Contact> people =
      List.of(
          contact("nicolo", "Nicolò", "Acme", "robotica"),
          contact("anna", "Anna", "Studio Conti", "welfare aziendale"),
          contact("marco", "Marco", "Rossi Meccanica", "cloud"));

  private List<String> ids(String query) {
    return ContactSearch.filter(people, query).stream().map(Contact::id).toList();
  }

  @Test
  void findsByNameOrganisationInterestOrEmailIgnoringCaseAndAccents() {
    assertThat(ids("NICOLO")).containsExactly("nicolo");
    assertThat(ids("meccanica")).containsExactly("marco");
    assertThat(ids("welfare")).containsExactly("anna");
    assertThat(ids("anna@example")).containsExactly("anna");
  }

  @Test
  void everyWordMustOccur() {
    assertThat(ids("studio cloud")).isEmpty();
    assertThat(ids("studio  conti")).containsExactly("anna");
  }

  @Test
  void anEmptyQueryShowsEveryone() {
    assertThat(ids("  ")).containsExactly("nicolo", "anna", "marco");
    assertThat(ids(null)).hasSize(3);
  }
}
