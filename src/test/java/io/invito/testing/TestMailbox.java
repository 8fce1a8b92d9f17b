package io.invito.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A user's mailbox on the tests' Dovecot (started by {@code .ci/dovecot-start}, which sets {@code
 * INVITO_TEST_IMAP_*}), opened the way a mail client would, to look at and change what invito did:
 * list a folder, edit a draft, "send" one by appending it to Sent. A test without the server is
 * skipped, saying so.
 */
public final class TestMailbox implements AutoCloseable {
  /** Every test user's password. */
  public static final String PASSWORD = "invito-test";

  private final String user;
  private final Store store;

  private TestMailbox(String user, Store store) {
    this.user = user;
    this.store = store;
  }

  /** The server's host, or the test is skipped. */
  public static String host() {
    String host = System.getenv("INVITO_TEST_IMAP_HOST");
    assumeTrue(
        host != null && !host.isBlank(),
        "INVITO_TEST_IMAP_HOST is not set: no Dovecot to talk to (.ci/run starts one through"
            + " .ci/dovecot-start and sets it)");
    return host;
  }

  public static int port() {
    host();
    return Integer.parseInt(System.getenv("INVITO_TEST_IMAP_PORT"));
  }

  public static int starttlsPort() {
    host();
    return Integer.parseInt(System.getenv("INVITO_TEST_IMAP_STARTTLS_PORT"));
  }

  public static Path certificate() {
    host();
    return Path.of(System.getenv("INVITO_TEST_IMAP_CERT"));
  }

  /**
   * The {@code mail:} section of invito.yaml for this user, the password given by a command.
   *
   * @param extra further lines under {@code imap:}, each indented by four spaces
   */
  public static String section(String user, String password, String... extra) {
    StringBuilder yaml =
        new StringBuilder("mail:\n  imap:\n")
            .append("    host: ")
            .append(host())
            .append('\n')
            .append("    port: ")
            .append(port())
            .append('\n')
            .append("    user: ")
            .append(user)
            .append('\n')
            .append("    passwordCommand: printf '%s\\n' '")
            .append(password)
            .append("'\n")
            .append("    trustedCertificate: ")
            .append(certificate())
            .append('\n');
    for (String line : extra) {
      yaml.append(line).append('\n');
    }
    return yaml.toString();
  }

  /** Logs in as the user, trusting the test certificate as invito is told to. */
  public static TestMailbox open(String user) {
    Properties properties = new Properties();
    properties.put("mail.imaps.ssl.trust", host());
    properties.put("mail.imaps.ssl.checkserveridentity", "true");
    properties.put("mail.imaps.peek", "true");
    try {
      Store store = Session.getInstance(properties).getStore("imaps");
      store.connect(host(), port(), user, PASSWORD);
      return new TestMailbox(user, store);
    } catch (MessagingException e) {
      throw new IllegalStateException("cannot log in to the test Dovecot as " + user, e);
    }
  }

  /** Removes every message of the folder. */
  public void empty(String folder) throws MessagingException {
    Folder open = store.getFolder(folder);
    open.open(Folder.READ_WRITE);
    for (Message message : open.getMessages()) {
      message.setFlag(Flags.Flag.DELETED, true);
    }
    open.close(true);
  }

  /** Every message of the folder, read whole, in folder order. */
  public List<Mail> list(String folder) throws MessagingException {
    Folder open = store.getFolder(folder);
    open.open(Folder.READ_ONLY);
    try {
      Message[] messages = open.getMessages();
      FetchProfile profile = new FetchProfile();
      profile.add(FetchProfile.Item.FLAGS);
      open.fetch(messages, profile);
      List<Mail> mails = new ArrayList<>();
      for (Message message : messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        mails.add(new Mail(out.toByteArray(), message.getFlags()));
      }
      return mails;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      open.close(false);
    }
  }

  /** Appends a message, as a client saving a draft or keeping a sent copy does. */
  public void append(String folder, byte[] bytes, Flags flags) throws MessagingException {
    MimeMessage message =
        new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    message.setFlags(flags, true);
    store.getFolder(folder).appendMessages(new Message[] {message});
  }

  /** Removes the messages of the folder whose text contains this. */
  public void remove(String folder, String containing) throws MessagingException, IOException {
    Folder open = store.getFolder(folder);
    open.open(Folder.READ_WRITE);
    for (Message message : open.getMessages()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      if (out.toString(StandardCharsets.ISO_8859_1).contains(containing)) {
        message.setFlag(Flags.Flag.DELETED, true);
      }
    }
    open.close(true);
  }

  /** Removes the folder's first messages, as an owner clearing space would; returns them. */
  public List<Mail> removeFirst(String folder, int count) throws MessagingException {
    List<Mail> removed = list(folder).subList(0, count);
    Folder open = store.getFolder(folder);
    open.open(Folder.READ_WRITE);
    for (Message message : open.getMessages(1, count)) {
      message.setFlag(Flags.Flag.DELETED, true);
    }
    open.close(true);
    return List.copyOf(removed);
  }

  @Override
  public void close() throws MessagingException {
    store.close();
  }

  @Override
  public String toString() {
    return "mailbox of " + user;
  }

  /** A message as the server holds it. */
  public record Mail(byte[] bytes, Flags flags) {
    public String text() {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The first value of a header, unfolded; empty string when absent. */
    public String header(String name) {
      try {
        MimeMessage message =
            new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        String value = message.getHeader(name, null);
        return value == null ? "" : value.strip();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
