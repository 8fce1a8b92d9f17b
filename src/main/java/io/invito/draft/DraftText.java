package io.invito.draft;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a written draft says, read back from its file, so a link can carry it ready to send: the
 * subject and plain text of an {@code .eml}, the text of a LinkedIn, WhatsApp or phone note. The
 * file stays the record; what is read here is exactly what the owner would open.
 *
 * @param subject the e-mail's subject; empty for the notes
 */
public record DraftText(Optional<String> subject, String body) {

  /** Reads a draft; empty when the file is gone or is not a message this writer wrote. */
  public static Optional<DraftText> read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // moved or deleted by the owner: the digest links to nothing
    } catch (IOException e) {
      throw new IllegalStateException("draft " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * What the bytes of a draft file of this name say: an {@code .eml} is read as a message, any
   * other draft as UTF-8 text; empty for a message without a plain text part.
   */
  public static Optional<DraftText> parse(String fileName, byte[] bytes) {
    if (!fileName.endsWith(".eml")) {
      return Optional.of(
          new DraftText(Optional.empty(), new String(bytes, StandardCharsets.UTF_8)));
    }
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
      Optional<String> subject = Optional.ofNullable(message.getSubject());
      return plain(message).map(body -> new DraftText(subject, body));
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(
          "draft " + fileName + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The text/plain part, with the CRLF of the wire turned back into the text's own newlines. */
  private static Optional<String> plain(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return Optional.of(String.valueOf(part.getContent()).replace("\r\n", "\n"));
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int index = 0; index < multipart.getCount(); index++) {
        BodyPart child = multipart.getBodyPart(index);
        Optional<String> found = plain(child);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
