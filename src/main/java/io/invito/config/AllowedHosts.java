package io.invito.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks {@code fetch.allowedHosts} at load: each entry must be a host name, a dotted-decimal or
 * IPv6 address, or a CIDR range of either, optionally with a port ({@link HostPort}), which is what
 * the fetcher's address guard understands. A typo here would otherwise either silently allow
 * nothing or fail only at the first fetch.
 */
final class AllowedHosts {
  private static final Pattern DOTTED_QUAD =
      Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
  // WHATWG's "ends in a number": such a host is an IPv4 address in some loose form, never a name.
  private static final Pattern ENDS_IN_NUMBER = Pattern.compile("(.*\\.)?([0-9]+|0x[0-9a-f]*)");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");

  private AllowedHosts() {}

  static List<String> read(YamlNode node) {
    List<YamlNode> entries = node.isList() ? node.list() : List.of(node);
    List<String> hosts = new ArrayList<>();
    for (YamlNode entry : entries) {
      if (entry.isMissing()) {
        continue;
      }
      String text = entry.requireText();
      check(text)
          .ifPresent(
              problem -> {
                throw entry.fail("'" + text + "' " + problem);
              });
      hosts.add(text);
    }
    return hosts;
  }

  /** What is wrong with the entry, or empty when the guard can use it. */
  static Optional<String> check(String entry) {
    String written = entry.strip().toLowerCase(Locale.ROOT);
    if (written.contains("://")) {
      return problem(
          "is a URL; write only its host, with a port if you like"
              + " (e.g. 127.0.0.1:8080 or feeds.example.org)");
    }
    String host;
    try {
      host = HostPort.parse(written).host();
    } catch (IllegalArgumentException badPort) {
      return problem(badPort.getMessage());
    }
    if (host.isEmpty()) {
      return problem("names a port but no host");
    }
    if (host.startsWith("*")) {
      return problem("is a wildcard; write each host name, or an address range in CIDR form");
    }
    int slash = host.indexOf('/');
    String address = slash < 0 ? host : host.substring(0, slash);
    if (address.startsWith("[") && address.endsWith("]")) {
      address = address.substring(1, address.length() - 1);
    }
    if (slash >= 0) {
      int bits = address.contains(":") ? 128 : 32;
      String length = host.substring(slash + 1);
      if (!isAddress(address)) {
        return problem("is not a CIDR range (an address, '/', a prefix length)");
      }
      if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
        return problem("has a prefix length outside 0.." + bits);
      }
      return Optional.empty();
    }
    if (address.contains(":")) {
      return isAddress(address) ? Optional.empty() : problem("is not a valid IPv6 address");
    }
    String name = address.endsWith(".") ? address.substring(0, address.length() - 1) : address;
    if (ENDS_IN_NUMBER.matcher(name).matches()) {
      return isAddress(name)
          ? Optional.empty()
          : problem(
              "is not a dotted-decimal IPv4 address (write it as four numbers 0-255, "
                  + "without leading zeros, e.g. 127.0.0.1)");
    }
    if (name.isEmpty() || name.length() > 253) {
      return problem("is not a host name");
    }
    for (String label : name.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return problem("is not a host name, an IP address or a CIDR range");
      }
    }
    return Optional.empty();
  }

  private static boolean isAddress(String text) {
    if (DOTTED_QUAD.matcher(text).matches()) {
      for (String part : text.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return false;
        }
      }
      return true;
    }
    if (!text.contains(":") || !IPV6.matcher(text).matches()) {
      return false;
    }
    try {
      // A string with ':' is parsed as an IPv6 literal; InetAddress never asks DNS for one.
      InetAddress.getByName(text);
      return true;
    } catch (UnknownHostException invalid) {
      return false;
    }
  }

  private static Optional<String> problem(String text) {
    return Optional.of(text);
  }
}
