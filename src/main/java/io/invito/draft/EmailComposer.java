package io.invito.draft;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Composes an e-mail draft as RFC 5322 bytes with Jakarta Mail: a message a mail client opens as a
 * draft to review and send ({@code X-Unsent: 1}). Nothing here can send: the session has no
 * transport configured and none is ever asked for.
 *
 * <p>The same parts give the same bytes: the date is given, the Message-ID is given, and the
 * multipart boundaries are fixed. A fixed boundary is safe because every part is quoted-printable
 * or base64, and neither can produce the {@code =_} it starts with.
 */
final class EmailComposer {
  /** The mail client opens the file as a draft (Outlook, Thunderbird, Apple Mail). */
  static final String UNSENT = "X-Unsent";

  private static final Session SESSION = Session.getInstance(new Properties());

  /**
   * What goes into one message.
   *
   * @param date the Date header, already in RFC 5322 form
   * @param messageId the Message-ID header, with its angle brackets
   */
  record Parts(
      InternetAddress from,
      Optional<InternetAddress> to,
      String subject,
      String text,
      String html,
      Optional<String> ics,
      String icsName,
      String date,
      String messageId) {}

  private EmailComposer() {}

  static byte[] compose(Parts parts) {
    try {
      MimeMessage message = new DraftMessage(parts.messageId());
      message.setFrom(parts.from());
      if (parts.to().isPresent()) {
        message.setRecipient(MimeMessage.RecipientType.TO, parts.to().get());
      }
      // RFC 2047 encoded-words when the subject is not plain ASCII; folded, so no CR/LF of ours.
      message.setSubject(parts.subject(), "UTF-8");
      message.setHeader("Date", parts.date());
      message.setHeader(UNSENT, "1");

      MimeMultipart alternative = new FixedMultipart("alternative", "=_invito_alternative");
      alternative.addBodyPart(textPart(parts.text(), "plain"));
      alternative.addBodyPart(textPart(parts.html(), "html"));
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);

      MimeMultipart mixed = new FixedMultipart("mixed", "=_invito_mixed");
      mixed.addBodyPart(body);
      if (parts.ics().isPresent()) {
        mixed.addBodyPart(calendarPart(parts.ics().get(), parts.icsName()));
      }
      message.setContent(mixed);
      message.saveChanges();

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      return out.toByteArray();
    } catch (MessagingException e) {
      throw new IllegalStateException(
          "cannot compose the e-mail draft '" + parts.subject() + "': " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compose the e-mail draft in memory", e);
    }
  }

  private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(text, "UTF-8", subtype);
    // Chosen, not guessed from the content: the bytes stay stable and readable in an editor.
    part.setHeader("Content-Transfer-Encoding", "quoted-printable");
    return part;
  }

  private static MimeBodyPart calendarPart(String ics, String fileName) throws MessagingException {
    ContentType type = new ContentType("text", "calendar", null);
    type.setParameter("method", "PUBLISH");
    type.setParameter("charset", "UTF-8");
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8), type.toString())));
    part.setHeader("Content-Type", type.toString());
    part.setFileName(fileName);
    // base64 keeps the calendar's CRLF line ends exactly as ical4j wrote them.
    part.setHeader("Content-Transfer-Encoding", "base64");
    return part;
  }

  /** A message whose Message-ID is given, so re-rendering an unchanged draft gives equal bytes. */
  private static final class DraftMessage extends MimeMessage {
    private final String messageId;

    DraftMessage(String messageId) {
      super(SESSION);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }

  /** A multipart with a given boundary instead of a random one. */
  private static final class FixedMultipart extends MimeMultipart {
    FixedMultipart(String subtype, String boundary) {
      super(subtype);
      ContentType type = new ContentType("multipart", subtype, null);
      type.setParameter("boundary", boundary);
      contentType = type.toString();
    }
  }
}
