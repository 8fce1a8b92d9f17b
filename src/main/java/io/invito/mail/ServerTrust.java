package io.invito.mail;

import io.invito.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which server certificates are trusted: the system's authorities, plus the certificate the owner
 * named for a self-hosted server. Never "trust all"; the host name is checked either way (the
 * session asks for it, see {@link Mailbox}).
 */
final class ServerTrust {
  private ServerTrust() {}

  static SSLSocketFactory socketFactory(Optional<Path> trustedCertificate) {
    try {
      List<X509TrustManager> managers = new ArrayList<>();
      managers.add(managerFor(null));
      if (trustedCertificate.isPresent()) {
        managers.add(managerFor(keyStoreOf(trustedCertificate.get())));
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new EitherTrust(managers)}, null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static KeyStore keyStoreOf(Path file) throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try (InputStream in = Files.newInputStream(file)) {
      store.load(null, null);
      int at = 0;
      for (Certificate certificate :
          java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("trusted-" + at++, certificate);
      }
      return store;
    } catch (IOException e) {
      throw new ConfigException(
          "invito.yaml: mail.imap.trustedCertificate "
              + file
              + " cannot be read: "
              + e.getMessage(),
          e);
    }
  }

  private static X509TrustManager managerFor(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new IllegalStateException("the Java runtime offers no X.509 trust manager");
  }

  /** Trusts a chain when one of the managers does; each still checks the chain fully. */
  private static final class EitherTrust implements X509TrustManager {
    private final List<X509TrustManager> managers;

    EitherTrust(List<X509TrustManager> managers) {
      this.managers = List.copyOf(managers);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("invito authenticates no clients");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      CertificateException first = null;
      for (X509TrustManager manager : managers) {
        try {
          manager.checkServerTrusted(chain, authType);
          return;
        } catch (CertificateException e) {
          first = first == null ? e : first;
        }
      }
      throw first;
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return managers.stream()
          .flatMap(manager -> java.util.Arrays.stream(manager.getAcceptedIssuers()))
          .toArray(X509Certificate[]::new);
    }
  }
}
