package io.invito.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** A block of IP addresses written as CIDR ({@code 127.0.0.0/8}) or as one address. */
final class AddressRange {
  private static final Pattern DOTTED_QUAD =
      Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

  private final byte[] network;
  private final int prefix;

  private AddressRange(byte[] network, int prefix) {
    this.network = network;
    this.prefix = prefix;
  }

  /**
   * Reads {@code 10.0.0.0/8}, {@code fc00::/7}, {@code 127.0.0.1} or {@code ::1}; empty when the
   * text is not an address at all (a host name).
   *
   * @throws IllegalArgumentException when it looks like an address or range but is not a valid one
   */
  static Optional<AddressRange> parse(String text) {
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    Optional<InetAddress> parsed = literal(address);
    if (parsed.isEmpty()) {
      if (slash >= 0) {
        throw new IllegalArgumentException("'" + text + "' is not a CIDR range");
      }
      return Optional.empty();
    }
    byte[] bytes = parsed.get().getAddress();
    int bits = bytes.length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String length = text.substring(slash + 1);
      if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
        throw new IllegalArgumentException("'" + text + "' has a prefix length outside 0.." + bits);
      }
      prefix = Integer.parseInt(length);
    }
    return Optional.of(new AddressRange(bytes, prefix));
  }

  /**
   * Reads an IP literal without any DNS look-up: a canonical dotted quad, or IPv6 (brackets
   * optional). Empty for anything else, including numeric oddities like {@code 127.1}.
   */
  static Optional<InetAddress> literal(String text) {
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!DOTTED_QUAD.matcher(bare).matches() && !bare.contains(":")) {
      return Optional.empty();
    }
    if (!bare.contains(":")) {
      String[] parts = bare.split("\\.");
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int value = Integer.parseInt(parts[i]);
        if (value > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) value;
      }
      return Optional.of(byAddress(bytes));
    }
    if (!bare.matches("[0-9A-Fa-f:.]+")) {
      return Optional.empty(); // zone ids (fe80::1%eth0) and junk: not something we accept
    }
    try {
      // A string with ':' is parsed as an IPv6 literal; InetAddress never asks DNS for one.
      return Optional.of(InetAddress.getByName(bare));
    } catch (UnknownHostException invalid) {
      return Optional.empty();
    }
  }

  static InetAddress byAddress(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException impossible) {
      throw new IllegalArgumentException(
          "not an IPv4 or IPv6 address length: " + bytes.length, impossible);
    }
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length != network.length) {
      return false;
    }
    int whole = prefix / 8;
    for (int i = 0; i < whole; i++) {
      if (bytes[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (bytes[whole] & mask) == (network[whole] & mask);
  }

  @Override
  public String toString() {
    return byAddress(network).getHostAddress() + "/" + prefix;
  }
}
