package io.invito.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code desk} section of {@code invito.yaml}: where the review desk listens. On loopback by
 * default; any other address is refused unless a password guards the desk, because the access token
 * alone travels in a URL that other machines on the network could read.
 *
 * @param bind the address the desk listens on, {@code 127.0.0.1} by default
 * @param port the port, {@link #DEFAULT_PORT} by default; 0 picks a free one (tests)
 * @param password where the password comes from ({@code desk.password} or the variable {@code
 *     desk.passwordEnv} names); empty when none is set
 */
public record DeskSettings(String bind, int port, Optional<Password> password) {
  public static final int DEFAULT_PORT = 8765;
  public static final String LOOPBACK = "127.0.0.1";

  /** The desk on loopback at the default port, without a password. */
  public static DeskSettings defaults() {
    return new DeskSettings(LOOPBACK, DEFAULT_PORT, Optional.empty());
  }

  /** The same settings on another port (tests and {@code invito desk --port}). */
  public DeskSettings withPort(int port) {
    return new DeskSettings(bind, port, password);
  }

  /** Whether the address is a loopback one, which only this machine can reach. */
  public boolean loopback() {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * A password given in the file or named by an environment variable.
   *
   * @param key the config key that gave it, for messages
   * @param value the password, or the name of the variable that holds it
   */
  public record Password(String key, String value, boolean fromEnvironment) {
    /**
     * The password itself, read from the environment now when that is where it lives.
     *
     * @param lookup reads the environment (a parameter so a test can give its own)
     */
    public String resolve(Function<String, String> lookup) {
      if (!fromEnvironment) {
        return value;
      }
      String found = lookup.apply(value);
      if (found == null || found.isBlank()) {
        throw new ConfigException(
            "invito.yaml: " + key + " names the variable '" + value + "', which is not set");
      }
      return found;
    }
  }

  static DeskSettings read(YamlNode node) {
    node.allowOnly("bind", "port", "password", "passwordEnv");
    YamlNode bindNode = node.get("bind");
    String bind = bindNode.text(LOOPBACK);
    if (!bind.matches("[0-9A-Za-z.:\\[\\]-]+")) {
      throw bindNode.fail(bindNode.quoted() + " is not an address to listen on");
    }
    YamlNode portNode = node.get("port");
    int port = portNode.find("a port number (0 to 65535)", DeskSettings::port).orElse(DEFAULT_PORT);
    Optional<Password> password = password(node);
    DeskSettings settings = new DeskSettings(bind, port, password);
    if (!settings.loopback() && password.isEmpty()) {
      throw bindNode.fail(
          bindNode.quoted()
              + " is not a loopback address: set desk.password or desk.passwordEnv first, or"
              + " anyone on the network could reach the drafts");
    }
    return settings;
  }

  private static Optional<Password> password(YamlNode node) {
    Optional<String> inFile = node.get("password").findText();
    Optional<String> env = node.get("passwordEnv").findText();
    if (inFile.isPresent() && env.isPresent()) {
      throw node.get("passwordEnv").fail("and desk.password are both set: keep one");
    }
    if (env.isPresent()) {
      return Optional.of(new Password("desk.passwordEnv", env.get(), true));
    }
    return inFile.map(value -> new Password("desk.password", value, false));
  }

  private static int port(String text) {
    int port = Integer.parseInt(text);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(text);
    }
    return port;
  }
}
