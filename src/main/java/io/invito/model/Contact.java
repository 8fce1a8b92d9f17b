package io.invito.model;

import io.invito.config.Language;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person the owner may invite, with what the owner knows of them.
 *
 * @param id a stable, file-name-safe identifier ({@code marco-rossi})
 * @param title an honorific for formal address: Dott.ssa, Ing., Dr., Prof.
 * @param languages the languages they read, first the one to write to them in
 * @param interests what they care about, in their words: matched against events
 * @param phone an E.164 number ({@code +393471234567}) for WhatsApp and phone drafts
 * @param linkedinUrl their LinkedIn profile, linked next to a LinkedIn note
 */
public record Contact(
    String id,
    String firstName,
    String lastName,
    Optional<String> title,
    Optional<String> email,
    Optional<String> company,
    Optional<String> role,
    List<String> interests,
    List<Language> languages,
    ZoneId zone,
    Formality formality,
    Channel channel,
    boolean optOut,
    Optional<String> notes,
    Optional<String> phone,
    Optional<String> linkedinUrl) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public Contact {
    interests = List.copyOf(interests);
    languages = List.copyOf(languages);
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("contact " + id + " has no language");
    }
  }

  /**
   * Why {@code id} cannot be a contact's id, or empty when it can. The one rule, checked where
   * contacts are read and again where drafts are written, as ids become folder names: letters,
   * digits, '.', '_' and '-', starting with a letter or digit, at most 64, and no "..".
   */
  public static Optional<String> idProblem(String id) {
    if (!ID.matcher(id).matches()) {
      return Optional.of("is not an id (letters, digits, '.', '_', '-'; at most 64)");
    }
    if (id.contains("..")) {
      return Optional.of("has '..', which cannot be part of a folder name");
    }
    return Optional.empty();
  }

  /** The language to write to them in. */
  public Language language() {
    return languages.get(0);
  }

  public String fullName() {
    return (firstName + " " + lastName).strip();
  }
}
