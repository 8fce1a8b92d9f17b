package io.invito.desk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The desk's secrets: the access token printed at start, and the sessions it opened, each with its
 * own CSRF token. Held in memory only: a restarted desk prints a new token and forgets every
 * session, which is what a local tool wants.
 */
final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String accessToken = random();
  private final Map<String, Session> byId = new ConcurrentHashMap<>();

  /** An open session: its cookie value and the token every form of it must send back. */
  record Session(String id, String csrf) {}

  String accessToken() {
    return accessToken;
  }

  boolean isAccessToken(String candidate) {
    return same(accessToken, candidate);
  }

  Session open() {
    Session session = new Session(random(), random());
    byId.put(session.id(), session);
    return session;
  }

  Optional<Session> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /** Compares secrets in constant time, so timing tells nothing of how much matched. */
  static boolean same(String expected, String candidate) {
    if (candidate == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
