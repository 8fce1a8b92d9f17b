package io.invito.draft;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * An {@code .eml} draft read back with Jakarta Mail, the way a mail client reads it: the decoded
 * headers and the text, HTML and calendar parts.
 */
record Eml(
    MimeMessage message,
    String subject,
    String from,
    List<String> to,
    String text,
    String html,
    String ics,
    String icsType,
    String icsName,
    List<String> headerNames) {

  static Eml read(Path file) throws IOException, MessagingException {
    return parse(Files.readAllBytes(file));
  }

  static Eml parse(byte[] bytes) throws IOException, MessagingException {
    MimeMessage message =
        new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    List<String> to = new ArrayList<>();
    if (message.getRecipients(MimeMessage.RecipientType.TO) != null) {
      for (var address : message.getRecipients(MimeMessage.RecipientType.TO)) {
        to.add(shown((InternetAddress) address));
      }
    }
    Multipart mixed = (Multipart) message.getContent();
    if (!message.isMimeType("multipart/mixed") || mixed.getCount() != 2) {
      throw new AssertionError("not multipart/mixed with two parts: " + message.getContentType());
    }
    BodyPart body = mixed.getBodyPart(0);
    Multipart alternative = (Multipart) body.getContent();
    if (!body.isMimeType("multipart/alternative") || alternative.getCount() != 2) {
      throw new AssertionError("first part is not multipart/alternative with two parts");
    }
    BodyPart text = alternative.getBodyPart(0);
    BodyPart html = alternative.getBodyPart(1);
    BodyPart ics = mixed.getBodyPart(1);
    if (!text.isMimeType("text/plain")
        || !html.isMimeType("text/html")
        || !ics.isMimeType("text/calendar")) {
      throw new AssertionError("parts are not text/plain, text/html, text/calendar");
    }
    return new Eml(
        message,
        message.getSubject(),
        shown((InternetAddress) message.getFrom()[0]),
        to,
        (String) text.getContent(),
        (String) html.getContent(),
        bytes(ics),
        ics.getContentType(),
        ics.getFileName(),
        Collections.list(message.getAllHeaders()).stream()
            .map(header -> header.getName())
            .toList());
  }

  /** {@code Name <address>} as a person reads it, without the quoting a header may need. */
  private static String shown(InternetAddress address) {
    return address.getPersonal() == null
        ? address.getAddress()
        : address.getPersonal() + " <" + address.getAddress() + ">";
  }

  /** The attachment decoded to the calendar text, as UTF-8 and whatever its content type. */
  private static String bytes(Part part) throws IOException, MessagingException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  String header(String name) throws MessagingException {
    return message.getHeader(name, null);
  }

  /** A readable view of the draft, committed beside the golden {@code .eml} for review. */
  String view() throws MessagingException {
    return "Date: "
        + header("Date")
        + "\n"
        + "From: "
        + from
        + "\n"
        + "To: "
        + String.join(", ", to)
        + "\n"
        + "Subject: "
        + subject
        + "\n"
        + "X-Unsent: "
        + header(EmailComposer.UNSENT)
        + "\n"
        + "\n----- text/plain -----\n"
        + text
        + "\n----- text/html -----\n"
        + html
        + "\n----- "
        + icsName
        + " -----\n"
        + ics.replace("\r\n", "\n");
  }
}
