package io.invito.digest;

import io.invito.model.Contact;
import io.invito.model.PersonName;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The links that act, one per channel a suggested contact has a draft for: a {@code mailto:} with
 * subject and body (RFC 6068), a {@code https://wa.me/} with the WhatsApp text, the LinkedIn
 * profile next to the note, a {@code tel:} next to the phone notes; then the draft files, labelled
 * by what they are, never shown as paths.
 */
public final class ChannelLinks {
  /**
   * Longer {@code mailto:} links are cut or refused by some mail clients and by Windows' handler
   * (about 2,000 characters); past this the link is left out and the {@code .eml} draft is the way.
   */
  static final int MAILTO_LIMIT = 2000;

  private final Labels labels;
  private final Function<Path, Optional<String>> fileHref;

  ChannelLinks(Labels labels, Function<Path, Optional<String>> fileHref) {
    this.labels = labels;
    this.fileHref = fileHref;
  }

  List<EventSummary.DraftLink> links(Digest.Suggestion suggestion) {
    Contact contact = suggestion.contact();
    String name = DigestText.oneLine(PersonName.clean(contact.fullName()));
    String to = to(name);
    List<EventSummary.DraftLink> acting = new ArrayList<>();
    List<EventSummary.DraftLink> files = new ArrayList<>();
    for (Digest.DraftFile draft : suggestion.drafts()) {
      Optional<String> href = href(contact, draft);
      String file =
          switch (draft.channel()) {
            case EMAIL -> {
              href.ifPresent(
                  mailto -> acting.add(link("email", labels.get("link.email", name, to), mailto)));
              boolean tooLong =
                  href.isEmpty() && contact.email().isPresent() && !draft.text().isEmpty();
              yield tooLong ? "file.emailTooLong" : "file.email";
            }
            case WHATSAPP -> {
              String label =
                  href.filter(wa -> wa.startsWith(WA_PICK)).isPresent()
                      ? "link.whatsappPick"
                      : "link.whatsapp";
              href.ifPresent(wa -> acting.add(link("whatsapp", labels.get(label, name, to), wa)));
              yield "file.whatsapp";
            }
            case LINKEDIN -> {
              href.ifPresent(
                  url -> acting.add(link("linkedin", labels.get("link.linkedin", name), url)));
              yield "file.linkedin";
            }
            case PHONE -> {
              href.ifPresent(
                  tel -> acting.add(link("phone", labels.get("link.phone", name, to), tel)));
              yield "file.phone";
            }
          };
      files.add(new EventSummary.DraftLink("file", labels.get(file), fileHref.apply(draft.path())));
    }
    acting.addAll(files);
    return acting;
  }

  /** A wa.me link without a number: WhatsApp asks which chat to send the text to. */
  private static final String WA_PICK = "https://wa.me/?";

  /**
   * The link that sends one draft as written, the same in the digest and in {@code invites list}:
   * {@code mailto:} with subject and body (empty past {@link #MAILTO_LIMIT} or without an address),
   * {@code https://wa.me/<number>?text=} (no number: WhatsApp asks for the chat), the LinkedIn
   * profile, {@code tel:}; empty when the draft's text could not be read back or the contact lacks
   * what the channel needs.
   */
  public static Optional<String> href(Contact contact, Digest.DraftFile draft) {
    boolean readable = !draft.text().isEmpty();
    return switch (draft.channel()) {
      case EMAIL ->
          contact
              .email()
              .filter(address -> readable)
              .map(address -> mailto(address, draft.subject().orElse(""), draft.text()))
              .filter(mailto -> mailto.length() <= MAILTO_LIMIT);
      case WHATSAPP ->
          readable
              ? Optional.of(
                  "https://wa.me/"
                      + contact.phone().map(phone -> phone.replaceAll("\\D", "")).orElse("")
                      + "?text="
                      + percent(draft.text()))
              : Optional.empty();
      case LINKEDIN -> contact.linkedinUrl().flatMap(ChannelLinks::profile);
      case PHONE -> contact.phone().map(phone -> "tel:" + phone);
    };
  }

  /** Italian puts a euphonic d before a vowel a: "ad Andrea", "a Marco". */
  private String to(String name) {
    if (!labels.language().code().equals("it")) {
      return "";
    }
    return name.toLowerCase(Locale.ITALIAN).startsWith("a") ? "ad " : "a ";
  }

  private static EventSummary.DraftLink link(String kind, String text, String href) {
    return new EventSummary.DraftLink(kind, text, Optional.of(href));
  }

  /** RFC 6068: the address, then subject and body, each percent-encoded as UTF-8, CRLF breaks. */
  static String mailto(String address, String subject, String body) {
    String to = percent(address.strip()).replace("%40", "@");
    String crlf = body.replace("\r\n", "\n").replace("\n", "\r\n");
    return "mailto:" + to + "?subject=" + percent(subject) + "&body=" + percent(crlf);
  }

  /** Every byte but the unreserved characters of RFC 3986 percent-encoded, spaces as %20. */
  static String percent(String text) {
    StringBuilder out = new StringBuilder(text.length() * 3 / 2);
    for (byte value : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (value & 0xff);
      boolean unreserved =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", value & 0xff));
      }
    }
    return out.toString();
  }

  /** A profile the contacts file gives, linked only when it is an http(s) URL. */
  private static Optional<String> profile(String url) {
    try {
      return DigestText.webLink(Optional.of(new URI(url.strip())));
    } catch (URISyntaxException e) {
      return Optional.empty(); // a typo in the contacts file: the note is still there
    }
  }
}
