package io.invito.config;

/**
 * Bad user input: a config file, a CLI argument or a contacts file. The message names the file, the
 * key or line, and the value, so the user can fix it without a stack trace. Not final: a stage may
 * carry its refusal as data too (the contact import's, to word it in the owner's language).
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
