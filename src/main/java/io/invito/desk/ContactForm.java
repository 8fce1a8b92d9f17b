package io.invito.desk;

import io.invito.model.Contact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cells of a contact the desk lets the owner edit, as the form shows them: each under its
 * contacts.csv column, written as the file reads it back. Only the fields the owner changed go to
 * {@code ContactsEditor}, so a cell they did not touch keeps its own spelling ("tu", "sì") and no
 * column is added for a value left empty.
 *
 * @param values by column header: interests, languages, time_zone, formality, channel, phone,
 *     opt_out
 */
public record ContactForm(String id, String name, Map<String, String> values) {
  static final List<String> FIELDS =
      List.of("interests", "languages", "time_zone", "formality", "channel", "phone", "opt_out");

  public ContactForm {
    values = Map.copyOf(values);
  }

  /** The form for a contact as the file has it now. */
  static ContactForm of(Contact contact) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("interests", String.join("; ", contact.interests()));
    values.put(
        "languages", String.join(", ", contact.languages().stream().map(l -> l.code()).toList()));
    values.put("time_zone", contact.zone().getId());
    values.put("formality", lower(contact.formality().name()));
    values.put("channel", lower(contact.channel().name()));
    values.put("phone", contact.phone().orElse(""));
    values.put("opt_out", String.valueOf(contact.optOut()));
    return new ContactForm(contact.id(), contact.fullName(), values);
  }

  /**
   * The fields of {@code submitted} that differ from this form, by column. An unchecked opt-out box
   * sends nothing, which reads as false.
   */
  Map<String, String> changes(Map<String, String> submitted) {
    Map<String, String> changed = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String given = submitted.getOrDefault(field, field.equals("opt_out") ? "false" : null);
      if (given != null && !given.strip().equals(values.get(field))) {
        changed.put(field, given.strip());
      }
    }
    return changed;
  }

  /** This form showing what the owner typed, to give it back with the message when refused. */
  ContactForm with(Map<String, String> submitted) {
    Map<String, String> shown = new LinkedHashMap<>(values);
    shown.putAll(changes(submitted));
    return new ContactForm(id, name, shown);
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public boolean optOut() {
    return value("opt_out").equals("true");
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
