package io.invito.config;

/**
 * A {@code fetch.allowedHosts} entry split into its host (a name, an address or a CIDR range) and
 * its port: {@code feeds.local:8080}, {@code 127.0.0.1:8080}, {@code [::1]:8080}, or no port.
 *
 * @param port 1..65535, or {@link #ANY} when the entry names none
 */
public record HostPort(String host, int port) {
  /** No port written: the fetcher allows only the ports of the sources on that host. */
  public static final int ANY = 0;

  /**
   * Splits an entry. A bare IPv6 address has two or more colons and no port; with a port it is
   * written in brackets, as in a URL.
   *
   * @throws IllegalArgumentException when the port is not a number in 1..65535
   */
  public static HostPort parse(String entry) {
    String text = entry.strip();
    int colon = text.lastIndexOf(':');
    boolean bracketed = text.startsWith("[") && text.lastIndexOf("]:") == colon - 1;
    boolean oneColon = colon >= 0 && text.indexOf(':') == colon;
    if (colon < 0 || !(bracketed || oneColon)) {
      return new HostPort(text, ANY);
    }
    String port = text.substring(colon + 1);
    if (!port.matches("[0-9]{1,5}")
        || Integer.parseInt(port) < 1
        || Integer.parseInt(port) > 65535) {
      throw new IllegalArgumentException("has a port '" + port + "' outside 1..65535");
    }
    String host = text.substring(0, colon);
    if (bracketed) {
      host = host.substring(1, host.length() - 1);
    }
    return new HostPort(host, Integer.parseInt(port));
  }
}
