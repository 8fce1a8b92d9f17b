package io.invito.contact;

import io.invito.model.Contact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each contact without an id one made from their name ({@code marco-rossi}), unique within
 * the file. Runs after every row is read so that a made-up id never takes one a later row states.
 */
final class IdAssigner {
  private final Set<String> taken;

  IdAssigner(Set<String> statedIds) {
    this.taken = new HashSet<>(statedIds);
  }

  List<Contact> assign(List<Contact> contacts) {
    List<Contact> result = new ArrayList<>(contacts.size());
    for (Contact contact : contacts) {
      result.add(
          contact.id().isEmpty() ? withId(contact, unique(slug(contact.fullName()))) : contact);
    }
    return result;
  }

  /**
   * Lower-case ASCII words joined by hyphens: "Niccolò D'Amico" becomes {@code niccolo-d-amico}.
   */
  static String slug(String name) {
    String slug = RowParser.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    // A name in a script with no Latin letters folds to nothing; it still needs an id.
    return slug.isEmpty() ? "contact" : slug;
  }

  private String unique(String base) {
    String candidate = base;
    for (int suffix = 2; !taken.add(candidate); suffix++) {
      candidate = base + "-" + suffix;
    }
    return candidate;
  }

  private static Contact withId(Contact contact, String id) {
    return new Contact(
        id,
        contact.firstName(),
        contact.lastName(),
        contact.title(),
        contact.email(),
        contact.company(),
        contact.role(),
        contact.interests(),
        contact.languages(),
        contact.zone(),
        contact.formality(),
        contact.channel(),
        contact.optOut(),
        contact.notes(),
        contact.phone(),
        contact.linkedinUrl());
  }
}
