package io.invito.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Formality;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ContactBuilderTest {
  /** Every field differs from the defaults, so a field that from() forgot would show. */
  private static Contact unlikeTheDefaults() {
    return ContactBuilder.italian()
        .id("john-smith")
        .name("John", "Smith")
        .title("Dr.")
        .email("john@example.com")
        .company("Acme")
        .role("CTO")
        .interests("cloud", "AI")
        .languages(Language.EN, Language.IT)
        .zone("America/New_York")
        .formality(Formality.FORMAL)
        .channel(Channel.LINKEDIN)
        .optOut(true)
        .notes("Met at a conference")
        .build();
  }

  @Test
  void copiesEveryFieldSoAnUnchangedCopyEqualsTheOriginal() {
    Contact original = unlikeTheDefaults();

    assertThat(ContactBuilder.from(original).build()).isEqualTo(original);
    assertThat(original).isNotEqualTo(ContactBuilder.italian().build());
  }

  @Test
  void changesOnlyTheFieldsACopySets() {
    Contact original = unlikeTheDefaults();

    Contact reachable = ContactBuilder.from(original).optOut(false).email(null).build();

    assertThat(reachable.optOut()).isFalse();
    assertThat(reachable.email()).isEmpty();
    assertThat(reachable.id()).isEqualTo("john-smith");
    assertThat(ContactBuilder.from(reachable).optOut(true).email("john@example.com").build())
        .isEqualTo(original);
  }

  @Test
  void defaultsToAnItalianWrittenToInformallyByEmailAtAnAddressFollowingTheId() {
    Contact contact = ContactBuilder.italian().id("ada").build();

    assertThat(contact.language()).isEqualTo(Language.IT);
    assertThat(contact.zone()).isEqualTo(ZoneId.of("Europe/Rome"));
    assertThat(contact.formality()).isEqualTo(Formality.INFORMAL);
    assertThat(contact.channel()).isEqualTo(Channel.EMAIL);
    assertThat(contact.email()).contains("ada@example.org");
    assertThat(contact.optOut()).isFalse();
  }
}
