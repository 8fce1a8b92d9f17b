package io.invito.draft;

import io.invito.config.ConfigException;
import io.invito.config.Owner;
import io.invito.model.Contact;
import io.invito.model.KnownEvent;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a rendered e-mail template ("Subject: …", a blank line, the body) into the bytes of an
 * {@code .eml} draft: From the owner, To the contact, the text and HTML bodies and the event as an
 * {@code .ics} attachment.
 */
final class EmailRenderer {
  private static final Logger LOG = LoggerFactory.getLogger(EmailRenderer.class);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
  private static final Pattern DOMAIN =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");
  private static final String SUBJECT = "Subject: ";

  private final Owner owner;
  private final InternetAddress from;
  private final String domain;

  EmailRenderer(Owner owner) {
    this.owner = owner;
    this.from = from(owner);
    String host = from.getAddress().substring(from.getAddress().lastIndexOf('@') + 1);
    this.domain = DOMAIN.matcher(host).matches() ? host : "invito.invalid";
  }

  /** The Date header for an instant, in the owner's zone as their mail client would write it. */
  String date(Instant instant) {
    return DATE.format(instant.atZone(owner.zone()));
  }

  /** The Date header of an earlier draft, so an unchanged draft can be rendered to equal bytes. */
  static Optional<String> dateOf(byte[] eml) {
    try {
      MimeMessage message =
          new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
      return Optional.ofNullable(message.getHeader("Date", null));
    } catch (MessagingException e) {
      // Not a message we can read (hand-edited, truncated by something else): render afresh.
      LOG.debug("earlier draft unreadable, giving it a new date: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Renders the message.
   *
   * @param rendered the filled-in e-mail template, subject line first
   * @param id the invitation id, part of the Message-ID
   */
  byte[] render(String rendered, KnownEvent known, Contact contact, String id, String date) {
    int blank = rendered.indexOf("\n\n");
    if (!rendered.startsWith(SUBJECT) || blank < 0) {
      throw new IllegalStateException(
          "e-mail template output does not start with a subject"
              + " line and a blank line, although load checked it");
    }
    String subject = Texts.oneLine(rendered.substring(SUBJECT.length(), blank));
    String text = rendered.substring(blank + 2);
    String html = HtmlRenderer.render(text, Wording.link(known.event()), contact.language());
    // A recording has no time for a calendar: its draft carries no .ics.
    Optional<String> ics =
        known.event().onDemand() ? Optional.empty() : Optional.of(IcsRenderer.render(known));
    String messageId =
        "<invito."
            + id
            + "."
            + InvitationWriter.sha256(
                    subject + "\n" + text + "\n" + html + ics.map(part -> "\n" + part).orElse(""))
                .substring(0, 16)
            + "@"
            + domain
            + ">";
    return EmailComposer.compose(
        new EmailComposer.Parts(
            from,
            to(contact),
            subject,
            text,
            html,
            ics,
            known.event().id() + ".ics",
            date,
            messageId));
  }

  /**
   * The contact's address with their name; empty when the contacts file has no usable address. The
   * draft is still written: the owner fills in To before sending.
   */
  private static Optional<InternetAddress> to(Contact contact) {
    Optional<String> email = contact.email().map(String::strip).filter(text -> !text.isEmpty());
    if (email.isEmpty()) {
      return Optional.empty();
    }
    try {
      InternetAddress address = new InternetAddress(email.get(), true);
      address.setPersonal(Texts.oneLine(contact.fullName()), "UTF-8");
      return Optional.of(address);
    } catch (AddressException e) {
      LOG.warn(
          "contact {}: e-mail '{}' is not an address ({}); the draft has no To",
          contact.id(),
          Texts.oneLine(email.get()),
          e.getMessage());
      return Optional.empty();
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("every Java runtime has UTF-8", e);
    }
  }

  private static InternetAddress from(Owner owner) {
    try {
      InternetAddress address = new InternetAddress(owner.email().strip(), true);
      address.setPersonal(Texts.oneLine(owner.name()), "UTF-8");
      return address;
    } catch (AddressException e) {
      throw new ConfigException(
          "owner.email '" + owner.email() + "' is not an e-mail address: " + e.getMessage(), e);
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("every Java runtime has UTF-8", e);
    }
  }
}
