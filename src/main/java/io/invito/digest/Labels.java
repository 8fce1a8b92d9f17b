package io.invito.digest;

import io.invito.config.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The owner's words in one language, from {@code digest/labels_<code>.properties}; the desk adds
 * its own from {@code desk/labels_<code>.properties} on top, so an event's facts read the same in
 * the digest and on the desk.
 */
public final class Labels {
  private final Properties properties;
  private final Language language;

  private Labels(Language language, Properties properties) {
    this.language = language;
    this.properties = properties;
  }

  static Labels of(Language language) {
    return of(language, "digest");
  }

  /**
   * The labels of the given folders of the jar, in order, a later folder's label winning: {@code
   * of(language, "digest", "desk")}.
   */
  public static Labels of(Language language, String... folders) {
    Properties properties = new Properties();
    for (String folder : folders) {
      String resource = "/" + folder + "/labels_" + language.code() + ".properties";
      try (InputStream in = Labels.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the jar has no " + resource);
        }
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return new Labels(language, properties);
  }

  public Language language() {
    return language;
  }

  /** The label, with {0}, {1}... replaced by the arguments (no MessageFormat: it eats quotes). */
  public String get(String key, Object... arguments) {
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
  public String find(String key, String fallback) {
    return properties.getProperty(key, fallback);
  }

  Properties all() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }
}
