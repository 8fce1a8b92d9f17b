package io.invito.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Match;
import io.invito.testing.ContactBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelLinksTest {
  private static final Contact ANDREA =
      ContactBuilder.italian()
          .id("andrea-neri")
          .name("Andrea", "Neri")
          .email("andrea+eventi@example.it")
          .phone("+393471234567")
          .build();

  private static List<EventSummary.DraftLink> links(Language language, Digest.DraftFile... drafts) {
    Digest.Suggestion suggestion =
        new Digest.Suggestion(ANDREA, new Match("ev", ANDREA.id(), 1, List.of()), List.of(drafts));
    return new ChannelLinks(Labels.of(language), path -> Optional.of("../" + path))
        .links(suggestion);
  }

  private static Digest.DraftFile email(String body) {
    return new Digest.DraftFile(
        Channel.EMAIL, Path.of("invites/w/andrea-neri/ev.eml"), Optional.of("Un evento"), body);
  }

  @Test
  void writesAMailtoThatAMailProgramDecodesToTheDraftsSubjectAndBody() {
    EventSummary.DraftLink link =
        links(Language.IT, email("Ciao Andrea,\n\nà presto & 100%?")).get(0);

    assertThat(link.text()).isEqualTo("E-mail ad Andrea Neri");
    URI uri = URI.create(link.href().orElseThrow());
    assertThat(uri.getScheme()).isEqualTo("mailto");
    assertThat(uri.getSchemeSpecificPart())
        .isEqualTo(
            "andrea+eventi@example.it?subject=Un evento&body=Ciao Andrea,\r\n\r\nà presto & 100%?");
    assertThat(link.href().orElseThrow()).doesNotContain(" ", "\n", "+eventi");
  }

  @Test
  void leavesTheMailtoOutWhenTooLongAndSaysSoOnTheDraftFilesLink() {
    List<EventSummary.DraftLink> links = links(Language.IT, email("è".repeat(400)));

    assertThat(links).extracting(EventSummary.DraftLink::kind).containsExactly("file");
    assertThat(links.get(0).text()).isEqualTo("e-mail (.eml; troppo lunga per un link)");
    assertThat(links.get(0).href()).contains("../invites/w/andrea-neri/ev.eml");
  }

  @Test
  void putsTheWhatsAppTextAndNumberInAWaMeLinkAndLabelsEveryFile() {
    Digest.DraftFile whatsapp =
        new Digest.DraftFile(
            Channel.WHATSAPP,
            Path.of("invites/w/andrea-neri/ev.whatsapp.txt"),
            Optional.empty(),
            "Ciao!\nCi vieni?");

    List<EventSummary.DraftLink> links = links(Language.EN, email("Hi"), whatsapp);

    assertThat(links)
        .extracting(EventSummary.DraftLink::kind)
        .containsExactly("email", "whatsapp", "file", "file");
    assertThat(links.get(1).text()).isEqualTo("WhatsApp Andrea Neri");
    assertThat(links.get(1).href())
        .contains("https://wa.me/393471234567?text=Ciao%21%0ACi%20vieni%3F");
    assertThat(links.subList(2, 4))
        .extracting(EventSummary.DraftLink::text)
        .containsExactly("e-mail (.eml)", "WhatsApp text");
  }
}
