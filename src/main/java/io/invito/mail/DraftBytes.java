package io.invito.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * A draft as it is put in the mailbox: the {@code .eml} file's bytes with CRLF line ends and an
 * {@code X-Invito-Id} header in front, its Message-ID, and the hash by which a copy found later is
 * known to be untouched.
 */
record DraftBytes(String invitationId, String messageId, byte[] bytes, String hash) {
  static final String HEADER = "X-Invito-Id";
  private static final Session SESSION = Session.getInstance(new Properties());

  static DraftBytes of(OutgoingDraft draft) {
    byte[] eml;
    try {
      eml = Files.readAllBytes(draft.eml());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read draft " + draft.eml(), e);
    }
    String text = new String(eml, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    byte[] bytes =
        (HEADER + ": " + draft.invitationId() + "\n" + text)
            .replace("\n", "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    try {
      String messageId = new MimeMessage(SESSION, new ByteArrayInputStream(bytes)).getMessageID();
      if (messageId == null) {
        throw new IllegalStateException("draft " + draft.eml() + " has no Message-ID");
      }
      return new DraftBytes(draft.invitationId(), messageId.strip(), bytes, hash(bytes));
    } catch (MessagingException e) {
      throw new IllegalStateException("draft " + draft.eml() + " cannot be read as a message", e);
    }
  }

  /** SHA-256 of a message's bytes, line ends aside (a server may store LF or CRLF). */
  static String hash(byte[] bytes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte b : bytes) {
        if (b != '\r') {
          digest.update(b);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static String hash(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return hash(out.toByteArray());
  }

  /** The message as IMAP appends it: these bytes exactly, flagged as the caller sets. */
  MimeMessage message() {
    try {
      return new Exact(bytes);
    } catch (MessagingException e) {
      throw new IllegalStateException("draft " + invitationId + " cannot be read as a message", e);
    }
  }

  /** Writes the bytes it was read from, never a re-encoding with a new Message-ID. */
  private static final class Exact extends MimeMessage {
    private final byte[] raw;

    Exact(byte[] raw) throws MessagingException {
      super(SESSION, new ByteArrayInputStream(raw));
      this.raw = raw;
    }

    @Override
    public void writeTo(java.io.OutputStream out) throws IOException {
      out.write(raw);
    }
  }
}
