package io.invito.draft;

import io.invito.config.Owner;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.Formality;
import io.invito.model.Reason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first words of a phone call, from {@code templates/<language>/call[.formal].txt}, in the
 * contact's language and formality: how are you, first; then the opportunity that suits them, when
 * there is one, as something to mention rather than the reason to ring.
 */
public final class CallScript {
  private final TemplateSet templates;
  private final Owner owner;

  public CallScript(TemplateSet templates, Owner owner) {
    this.templates = templates;
    this.owner = owner;
  }

  /**
   * @param event the opportunity to mention, if any
   * @param topic the contact's interest the opportunity meets, which the reason names
   */
  public String opening(Contact contact, Optional<Event> event, Optional<String> topic) {
    Wording wording = Wording.of(contact.language());
    Formality formality = contact.formality();
    Map<String, String> values = new HashMap<>();
    values.put("name", wording.addressed(contact));
    values.put("firstName", Texts.oneLine(contact.firstName()));
    values.put("ownerName", Texts.oneLine(owner.name()));
    values.put("title", event.map(found -> Texts.oneLine(found.title())).orElse(""));
    values.put("when", event.map(found -> wording.when(found, contact.zone())).orElse(""));
    List<Reason> reasons =
        topic
            .map(term -> List.of(new Reason(Reason.Kind.INTEREST, term, term, "")))
            .orElse(List.of());
    values.put("reason", event.isPresent() ? wording.reason(reasons, formality, 1) : "");
    return templates.require(contact.language(), "call", formality).render(values).strip();
  }
}
