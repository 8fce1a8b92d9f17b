package io.invito.desk;

import io.invito.model.Contact;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The contacts page's search: every word of the query must occur in the contact's name,
 * organisation, interests or e-mail, ignoring case and accents ("nicolo" finds "Nicolò").
 */
final class ContactSearch {
  private ContactSearch() {}

  static List<Contact> filter(List<Contact> contacts, String query) {
    List<String> words =
        Stream.of(fold(query == null ? "" : query).split("\\s+"))
            .filter(w -> !w.isEmpty())
            .toList();
    return contacts.stream()
        .filter(contact -> words.stream().allMatch(fold(searched(contact))::contains))
        .toList();
  }

  private static String searched(Contact contact) {
    return String.join(
        " ",
        contact.fullName(),
        contact.company().orElse(""),
        String.join(" ", contact.interests()),
        contact.email().orElse(""));
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
