package io.invito.config;

import java.time.ZoneId;
import java.util.Locale;

/** The person invito works for: who signs the invitations and reads the digest. */
public record Owner(String name, String email, String signature, Language language, ZoneId zone) {

  public Locale locale() {
    return language.locale();
  }
}
