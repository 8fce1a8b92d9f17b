package io.invito.testing;

import io.invito.config.Language;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Formality;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Builds test contacts from the defaults of an Italian contact addressed informally by e-mail, so a
 * test spells out only the fields it is about, and "the same contact with one thing changed" is
 * {@code ContactBuilder.from(contact).optOut(true).build()}.
 *
 * <p>The defaults: id {@code marco-rossi}, named Marco Rossi, no title, the e-mail address {@code
 * <id>@example.org}, reading Italian only, in {@link EventBuilder#ROME}, {@link
 * Formality#INFORMAL}, by {@link Channel#EMAIL}, not opted out; no company, role, interests or
 * notes.
 *
 * <p>Setters of optional fields take the bare value, and {@code null} for "none", as in {@link
 * EventBuilder}. The e-mail address follows the id until a test sets one (or {@code null}), so a
 * contact built with another id still has an address of its own.
 */
public final class ContactBuilder {
  private String id = "marco-rossi";
  private String firstName = "Marco";
  private String lastName = "Rossi";
  private Optional<String> title = Optional.empty();
  private boolean emailFromId = true;
  private Optional<String> email = Optional.empty();
  private Optional<String> company = Optional.empty();
  private Optional<String> role = Optional.empty();
  private List<String> interests = List.of();
  private List<Language> languages = List.of(Language.IT);
  private ZoneId zone = EventBuilder.ROME;
  private Formality formality = Formality.INFORMAL;
  private Channel channel = Channel.EMAIL;
  private boolean optOut;
  private Optional<String> notes = Optional.empty();
  private Optional<String> phone = Optional.empty();
  private Optional<String> linkedinUrl = Optional.empty();

  private ContactBuilder() {}

  /**
   * An Italian contact written to informally by e-mail; see the class comment for every default.
   */
  public static ContactBuilder italian() {
    return new ContactBuilder();
  }

  /** Starts from every field of {@code contact}, to build a copy with some of them changed. */
  public static ContactBuilder from(Contact contact) {
    ContactBuilder builder = new ContactBuilder();
    builder.id = contact.id();
    builder.firstName = contact.firstName();
    builder.lastName = contact.lastName();
    builder.title = contact.title();
    builder.emailFromId = false;
    builder.email = contact.email();
    builder.company = contact.company();
    builder.role = contact.role();
    builder.interests = contact.interests();
    builder.languages = contact.languages();
    builder.zone = contact.zone();
    builder.formality = contact.formality();
    builder.channel = contact.channel();
    builder.optOut = contact.optOut();
    builder.notes = contact.notes();
    builder.phone = contact.phone();
    builder.linkedinUrl = contact.linkedinUrl();
    return builder;
  }

  public ContactBuilder id(String value) {
    id = value;
    return this;
  }

  public ContactBuilder name(String first, String last) {
    firstName = first;
    lastName = last;
    return this;
  }

  /** An honorific for formal address: Dott.ssa, Ing., Dr. */
  public ContactBuilder title(String value) {
    title = Optional.ofNullable(value);
    return this;
  }

  /** The address as written, valid or not; {@code null} for a contact without one. */
  public ContactBuilder email(String value) {
    email = Optional.ofNullable(value);
    emailFromId = false;
    return this;
  }

  public ContactBuilder company(String value) {
    company = Optional.ofNullable(value);
    return this;
  }

  public ContactBuilder role(String value) {
    role = Optional.ofNullable(value);
    return this;
  }

  public ContactBuilder interests(String... values) {
    return interests(List.of(values));
  }

  public ContactBuilder interests(List<String> values) {
    interests = values;
    return this;
  }

  /** The languages they read, first the one to write to them in. */
  public ContactBuilder languages(Language... values) {
    return languages(List.of(values));
  }

  public ContactBuilder languages(List<Language> values) {
    languages = values;
    return this;
  }

  public ContactBuilder zone(ZoneId value) {
    zone = value;
    return this;
  }

  /** A zone by its id, such as {@code America/New_York}. */
  public ContactBuilder zone(String zoneId) {
    return zone(ZoneId.of(zoneId));
  }

  public ContactBuilder formality(Formality value) {
    formality = value;
    return this;
  }

  public ContactBuilder channel(Channel value) {
    channel = value;
    return this;
  }

  public ContactBuilder optOut(boolean value) {
    optOut = value;
    return this;
  }

  public ContactBuilder phone(String value) {
    phone = Optional.ofNullable(value);
    return this;
  }

  public ContactBuilder linkedinUrl(String value) {
    linkedinUrl = Optional.ofNullable(value);
    return this;
  }

  public ContactBuilder notes(String value) {
    notes = Optional.ofNullable(value);
    return this;
  }

  public Contact build() {
    return new Contact(
        id,
        firstName,
        lastName,
        title,
        emailFromId ? Optional.of(id + "@example.org") : email,
        company,
        role,
        interests,
        languages,
        zone,
        formality,
        channel,
        optOut,
        notes,
        phone,
        linkedinUrl);
  }
}
