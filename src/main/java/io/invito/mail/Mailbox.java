package io.invito.mail;

import io.invito.config.MailSettings;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * A logged-in connection to the owner's IMAP mailbox, over TLS from the first byte or upgraded with
 * STARTTLS (refused when the server does not offer it), the server's certificate and host name
 * checked. Finds the Drafts and Sent folders: as configured, else by their RFC 6154 special-use
 * flag, else by the names mail clients give them.
 */
final class Mailbox implements AutoCloseable {
  /** Names of the Drafts folder, compared without case, when no folder carries {@code \Drafts}. */
  static final List<String> DRAFTS_NAMES =
      List.of(
          "Drafts",
          "Bozze",
          "INBOX.Drafts",
          "INBOX/Drafts",
          "INBOX.Bozze",
          "INBOX/Bozze",
          "[Gmail]/Drafts",
          "[Gmail]/Bozze",
          "[Google Mail]/Drafts",
          "Entwürfe",
          "Brouillons",
          "Borradores",
          "Concepten",
          "Draft");

  /** Names of the Sent folder, likewise. */
  static final List<String> SENT_NAMES =
      List.of(
          "Sent",
          "Posta inviata",
          "Inviata",
          "Inviati",
          "Sent Items",
          "Sent Messages",
          "INBOX.Sent",
          "INBOX/Sent",
          "INBOX.Posta inviata",
          "INBOX/Posta inviata",
          "[Gmail]/Sent Mail",
          "[Gmail]/Posta inviata",
          "[Google Mail]/Sent Mail",
          "Gesendet",
          "Gesendete Elemente",
          "Envoyés",
          "Éléments envoyés",
          "Enviados");

  private static final int TIMEOUT_MILLIS = 30_000;

  private final MailSettings settings;
  private final Store store;

  private Mailbox(MailSettings settings, Store store) {
    this.settings = settings;
    this.store = store;
  }

  /** Connects and logs in, or fails with one line naming the server and the cause. */
  static Mailbox open(MailSettings settings) {
    String protocol = settings.security() == MailSettings.Security.SSL ? "imaps" : "imap";
    String prefix = "mail." + protocol + ".";
    Properties properties = new Properties();
    properties.put("mail.store.protocol", protocol);
    properties.put(
        prefix + "ssl.socketFactory", ServerTrust.socketFactory(settings.trustedCertificate()));
    properties.put(prefix + "ssl.checkserveridentity", "true");
    if (settings.security() == MailSettings.Security.STARTTLS) {
      properties.put(prefix + "starttls.enable", "true");
      properties.put(prefix + "starttls.required", "true");
    }
    if (settings.secret().kind() == MailSettings.Secret.Kind.TOKEN_COMMAND) {
      // Gmail and Microsoft 365: the token goes where the password would, by SASL XOAUTH2.
      properties.put(prefix + "auth.mechanisms", "XOAUTH2");
    }
    properties.put(prefix + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put(prefix + "timeout", String.valueOf(TIMEOUT_MILLIS));
    // Reading a draft back to check it is untouched must not mark it \Seen or change it.
    properties.put(prefix + "peek", "true");
    String secret = SecretReader.read(settings.secret());
    Store store = null;
    try {
      store = Session.getInstance(properties).getStore(protocol);
      store.connect(settings.host(), settings.port(), settings.user(), secret);
      return new Mailbox(settings, store);
    } catch (MessagingException | RuntimeException e) {
      closeQuietly(store);
      throw MailException.of(server(settings), settings.user(), e);
    }
  }

  /** {@code imap host:port}, as every message names the server. */
  static String server(MailSettings settings) {
    return "imap " + settings.host() + ":" + settings.port();
  }

  String server() {
    return server(settings);
  }

  String user() {
    return settings.user();
  }

  IMAPFolder drafts() {
    return folder(settings.draftsFolder(), "\\Drafts", DRAFTS_NAMES, "Drafts", "draftsFolder");
  }

  IMAPFolder sent() {
    return folder(settings.sentFolder(), "\\Sent", SENT_NAMES, "Sent", "sentFolder");
  }

  private IMAPFolder folder(
      Optional<String> configured, String flag, List<String> names, String what, String key) {
    try {
      if (configured.isPresent()) {
        Folder folder = store.getFolder(configured.get());
        if (!folder.exists()) {
          throw new MailException(
              server()
                  + ": the "
                  + what
                  + " folder '"
                  + configured.get()
                  + "' (mail.imap."
                  + key
                  + ") does not exist");
        }
        return (IMAPFolder) folder;
      }
      Folder[] all = store.getDefaultFolder().list("*");
      for (Folder folder : all) {
        for (String attribute : ((IMAPFolder) folder).getAttributes()) {
          if (attribute.equalsIgnoreCase(flag)) {
            return (IMAPFolder) folder;
          }
        }
      }
      for (String name : names) {
        for (Folder folder : all) {
          if (folder.getFullName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
            return (IMAPFolder) folder;
          }
        }
      }
      throw new MailException(
          server()
              + ": no "
              + what
              + " folder (none is flagged "
              + flag
              + " and none is named "
              + String.join(", ", names.subList(0, 4))
              + "…); name it in mail.imap."
              + key);
    } catch (MessagingException e) {
      throw MailException.of(server(), settings.user(), e);
    }
  }

  @Override
  public void close() {
    closeQuietly(store);
  }

  private static void closeQuietly(Store store) {
    if (store == null) {
      return;
    }
    try {
      store.close();
    } catch (MessagingException e) {
      // Logging out of a connection that already failed: the failure reported is the first one.
      org.slf4j.LoggerFactory.getLogger(Mailbox.class).debug("closing the mailbox", e);
    }
  }
}
