package io.invito.digest;

import io.invito.config.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The digest's words in one language, from {@code digest/labels_<code>.properties}. */
final class Labels {
  private final Properties properties;
  private final Language language;

  private Labels(Language language, Properties properties) {
    this.language = language;
    this.properties = properties;
  }

  static Labels of(Language language) {
    String resource = "/digest/labels_" + language.code() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new Labels(language, properties);
  }

  Language language() {
    return language;
  }

  /** The label, with {0}, {1}... replaced by the arguments (no MessageFormat: it eats quotes). */
  String get(String key, Object... arguments) {
    String text = properties.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("digest label '" + key + "' is missing for " + language);
    }
    for (int index = 0; index < arguments.length; index++) {
      text = text.replace("{" + index + "}", String.valueOf(arguments[index]));
    }
    return text;
  }

  /** The label, or the fallback when the key is not a known label (an unexpected value). */
  String find(String key, String fallback) {
    return properties.getProperty(key, fallback);
  }

  Properties all() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }
}
