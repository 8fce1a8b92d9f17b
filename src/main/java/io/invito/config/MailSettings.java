package io.invito.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code mail.imap} section of {@code invito.yaml}: the owner's own mailbox, where drafts are
 * put and sent mail is read. The secret is never in the file: an environment variable or a command
 * (as aerc and himalaya do: {@code pass show mail}) gives the password, or a command gives an OAuth
 * token (XOAUTH2, for Gmail and Microsoft 365).
 *
 * @param trustedCertificate a PEM certificate trusted for this server besides the system's
 *     authorities (a self-hosted server with a self-signed certificate); the host name is checked
 *     against it all the same
 * @param draftsFolder the Drafts folder when neither its special-use flag nor its name finds it
 * @param sentFolder the Sent folder, likewise
 */
public record MailSettings(
    String host,
    int port,
    Security security,
    String user,
    Secret secret,
    Optional<Path> trustedCertificate,
    Optional<String> draftsFolder,
    Optional<String> sentFolder) {

  /** How the connection is encrypted; there is no plain-text choice. */
  public enum Security {
    /** TLS from the first byte (port 993). */
    SSL,
    /** A plain connection upgraded with STARTTLS before logging in, or refused (port 143). */
    STARTTLS
  }

  /**
   * Where the secret comes from.
   *
   * @param key the config key that named it, for messages ({@code mail.imap.passwordEnv})
   * @param value the variable's name or the command line
   */
  public record Secret(Kind kind, String key, String value) {
    /** A password from the environment or a command, or an OAuth token from a command. */
    public enum Kind {
      PASSWORD_ENV,
      PASSWORD_COMMAND,
      TOKEN_COMMAND
    }
  }

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]_-]+");

  /** The section, or empty when the owner did not configure a mailbox. */
  static Optional<MailSettings> read(YamlNode mail, Path dir) {
    mail.allowOnly("imap");
    YamlNode node = mail.get("imap");
    if (node.isMissing()) {
      return Optional.empty();
    }
    if (!node.get("password").isMissing()) {
      throw node.get("password")
          .fail(
              "is refused: a password never goes in invito.yaml; name an environment variable"
                  + " (passwordEnv) or a command that prints it (passwordCommand)");
    }
    node.allowOnly(
        "host",
        "port",
        "security",
        "user",
        "passwordEnv",
        "passwordCommand",
        "tokenCommand",
        "trustedCertificate",
        "draftsFolder",
        "sentFolder");
    YamlNode hostNode = node.get("host");
    String host = hostNode.requireText();
    if (!HOST.matcher(host).matches()) {
      throw hostNode.fail("'" + host + "' is not a host name or address");
    }
    Security security =
        node.get("security")
            .find(
                "ssl or starttls", text -> Security.valueOf(text.strip().toUpperCase(Locale.ROOT)))
            .orElse(Security.SSL);
    YamlNode portNode = node.get("port");
    int port =
        portNode
            .find("a port number (1 to 65535)", Integer::parseInt)
            .orElse(security == Security.SSL ? 993 : 143);
    if (port < 1 || port > 65535) {
      throw portNode.fail(portNode.quoted() + " is not a port number (1 to 65535)");
    }
    return Optional.of(
        new MailSettings(
            host,
            port,
            security,
            node.get("user").requireText(),
            secret(node),
            certificate(node.get("trustedCertificate"), dir),
            node.get("draftsFolder").findText(),
            node.get("sentFolder").findText()));
  }

  /** Exactly one source of the secret. */
  private static Secret secret(YamlNode node) {
    List<Secret> given =
        List.of(
                new Secret(Secret.Kind.PASSWORD_ENV, "passwordEnv", ""),
                new Secret(Secret.Kind.PASSWORD_COMMAND, "passwordCommand", ""),
                new Secret(Secret.Kind.TOKEN_COMMAND, "tokenCommand", ""))
            .stream()
            .flatMap(
                kind ->
                    node.get(kind.key()).findText().stream()
                        .map(
                            value ->
                                new Secret(
                                    kind.kind(), node.get(kind.key()).path(), value.strip())))
            .toList();
    if (given.size() != 1) {
      throw node.fail(
          (given.isEmpty() ? "has no secret" : "has " + given.size() + " secrets")
              + ": give one of passwordEnv (an environment variable's name), passwordCommand"
              + " (a command that prints the password) or tokenCommand (one that prints an"
              + " OAuth token)");
    }
    Secret secret = given.get(0);
    if (secret.kind() == Secret.Kind.PASSWORD_ENV
        && !secret.value().matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw node.get("passwordEnv")
          .fail("'" + secret.value() + "' is not an environment variable's name");
    }
    return secret;
  }

  /** The certificate must exist and be one, now: not at the first push, hours later. */
  private static Optional<Path> certificate(YamlNode node, Path dir) {
    Optional<String> text = node.findText();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Path file = dir.resolve(text.get()).normalize();
    try (InputStream in = Files.newInputStream(file)) {
      if (CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
          .noneMatch(X509Certificate.class::isInstance)) {
        throw node.fail("'" + text.get() + "' holds no X.509 certificate (" + file + ")");
      }
    } catch (IOException e) {
      throw node.fail("'" + text.get() + "' cannot be read (" + file + "): " + e.getMessage());
    } catch (CertificateException e) {
      throw node.fail(
          "'" + text.get() + "' is not a PEM or DER certificate (" + file + "): " + e.getMessage());
    }
    return Optional.of(file);
  }
}
