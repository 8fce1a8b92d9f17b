package io.invito.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/** File chores the end-to-end tests share: copying a config, reading a draft as a person would. */
public final class TestFiles {
  private TestFiles() {}

  /**
   * Copies the files of {@code from} that {@code to} does not have yet, so that writing a config
   * folder again keeps what a test changed in it.
   */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else if (!Files.exists(target)) {
          Files.copy(path, target);
        }
      }
    }
  }

  /** A draft's readable text: the decoded subject and plain-text part of an .eml, else the file. */
  public static String draftText(Path draft) throws IOException {
    if (!draft.toString().endsWith(".eml")) {
      return Files.readString(draft);
    }
    try (InputStream in = Files.newInputStream(draft)) {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
      return "Subject: " + message.getSubject() + "\n\n" + plainText(message.getContent());
    } catch (MessagingException e) {
      throw new IOException(draft + " is not a readable e-mail: " + e.getMessage(), e);
    }
  }

  private static String plainText(Object content) throws MessagingException, IOException {
    if (content instanceof String text) {
      return text;
    }
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
          String inner = plainText(part.getContent());
          if (!inner.isEmpty()) {
            return inner;
          }
        }
      }
    }
    return "";
  }
}
