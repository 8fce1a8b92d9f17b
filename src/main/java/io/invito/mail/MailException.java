package io.invito.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.StoreClosedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/**
 * The mailbox could not be used: the message is one line naming the server and the cause ({@code
 * imap 127.0.0.1:993: login refused for giulia (wrong user or password?): ...}), for the user, not
 * a stack trace. Nothing the failed pass did half is counted as done.
 */
public final class MailException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MailException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  MailException(String message) {
    super(oneLine(message));
  }

  /** Names what went wrong by the first cause that says it, else by the failure's own message. */
  static MailException of(String server, String user, Exception failure) {
    return new MailException(server + ": " + cause(user, failure), failure);
  }

  private static String cause(String user, Throwable failure) {
    for (Throwable at = failure; at != null; at = at.getCause()) {
      if (at instanceof AuthenticationFailedException) {
        return "login refused for " + user + " (wrong user or password?): " + at.getMessage();
      }
      if (at instanceof ConnectException) {
        return "cannot connect (" + at.getMessage() + "; is the server running?)";
      }
      if (at instanceof UnknownHostException) {
        return "unknown host " + at.getMessage();
      }
      if (at instanceof SocketTimeoutException) {
        return "the server did not answer in time (" + at.getMessage() + ")";
      }
      if (at instanceof CertificateException || at instanceof SSLException) {
        return "TLS failed, the server's certificate is not trusted or not its own (for a"
            + " self-signed one set mail.imap.trustedCertificate): "
            + at.getMessage();
      }
      if (at instanceof StoreClosedException || at instanceof FolderClosedException) {
        return "the connection was dropped (" + at.getMessage() + ")";
      }
      String message = String.valueOf(at.getMessage());
      if (message.contains("OVERQUOTA")
          || message.toLowerCase(java.util.Locale.ROOT).contains("quota")) {
        return "the mailbox is full: " + message;
      }
    }
    return failure.getMessage() == null ? failure.toString() : failure.getMessage();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
