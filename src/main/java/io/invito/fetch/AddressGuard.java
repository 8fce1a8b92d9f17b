package io.invito.fetch;

import io.invito.config.ConfigException;
import io.invito.config.HostPort;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Refuses URLs that would make invito reach into the user's own machine or network (SSRF): only
 * http and https, and no loopback, private, link-local, unspecified, multicast or reserved address,
 * however it is written.
 *
 * <p>The allowlist matches the host as the URL writes it: a name entry lets that name through
 * whatever it resolves to; an address or CIDR entry lets through URLs that write such an address. A
 * name that merely resolves into an allowed range stays refused, so a DNS record (anyone's) cannot
 * widen what the user allowed, and a name-routed local service stays closed when only {@code
 * 127.0.0.1} was allowed for the demo. An entry may name a port ({@code 127.0.0.1:8080}); one
 * without a port allows only the ports of the configured sources on that host, so a redirect from a
 * local feed cannot reach the other services on the machine.
 *
 * <p>DNS rebinding: the check and the connection use the same look-up. The fetcher's HTTP client
 * asks {@link #checkedAddresses} for the addresses to connect to, which looks the name up once and
 * returns only addresses that pass the rules above (or refuses them all), so a name that answers a
 * public address to the early check and a loopback one a moment later is refused when connecting.
 */
final class AddressGuard {
  private static final Set<String> SCHEMES = Set.of("http", "https");
  private static final String ALLOW_HINT = " (add %s to fetch.allowedHosts to allow)";

  /** How names become addresses: the system resolver, or a test's. */
  @FunctionalInterface
  interface Lookup {
    Lookup SYSTEM = InetAddress::getAllByName;

    InetAddress[] addresses(String host) throws UnknownHostException;
  }

  /** A host whose addresses must not be connected to; its message is the refusal. */
  static final class RefusedHostException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    RefusedHostException(String refusal) {
      super(refusal);
    }
  }

  /** One allowedHosts entry: a name or an address range, on one port or on any ({@code ANY}). */
  private record Allowance(String name, AddressRange range, int port) {
    boolean allowsName(String host, int wanted) {
      return name != null && name.equals(host) && onPort(wanted);
    }

    boolean allowsAddress(InetAddress address, int wanted) {
      return range != null && range.contains(address) && onPort(wanted);
    }

    private boolean onPort(int wanted) {
      return port == HostPort.ANY || port == wanted;
    }
  }

  // Copied on write: a running serve admits the sources added while it runs (admit) while fetches
  // on other threads read the list.
  private final List<Allowance> allowances = new CopyOnWriteArrayList<>();
  // The entries without a port, as written; admit gives each the ports of new sources on its host.
  private final List<Allowance> portless = new ArrayList<>();
  private final Set<URI> admitted = ConcurrentHashMap.newKeySet();
  private final boolean everyPort;
  private final Lookup lookup;

  AddressGuard(List<String> allowedHosts) {
    this(allowedHosts, List.of(), Lookup.SYSTEM);
  }

  /**
   * @param sources the configured sources' URLs: an entry without a port allows only the ports of
   *     the sources on that host (a redirect from there to another port is refused); with no
   *     sources given, such an entry allows every port (tests and benchmarks on random ports)
   */
  AddressGuard(List<String> allowedHosts, List<URI> sources, Lookup lookup) {
    this.lookup = lookup;
    this.everyPort = sources.isEmpty();
    for (String entry : allowedHosts) {
      if (entry.isBlank()) {
        continue;
      }
      try {
        HostPort written = HostPort.parse(entry);
        String host = normalize(written.host());
        Optional<AddressRange> range = AddressRange.parse(host);
        Allowance any =
            new Allowance(range.isPresent() ? null : host, range.orElse(null), HostPort.ANY);
        if (written.port() != HostPort.ANY || everyPort) {
          allowances.add(new Allowance(any.name(), any.range(), written.port()));
        } else {
          portless.add(any);
        }
      } catch (IllegalArgumentException invalid) {
        throw new ConfigException(
            "fetch.allowedHosts: '"
                + entry
                + "' is not a host name, an IP address or a CIDR range: "
                + invalid.getMessage(),
            invalid);
      }
    }
    admit(sources);
  }

  /**
   * Lets the entries without a port reach the ports of these sources too: the sources a running
   * {@code serve} reads from sources.yaml before each fetch, which may have been added since it
   * started. Ports once admitted stay admitted until the guard is made again (the next start).
   */
  void admit(List<URI> sources) {
    if (everyPort) {
      return;
    }
    for (URI source : sources) {
      if (!admitted.add(source)) {
        continue;
      }
      String sourceHost = host(source).map(AddressGuard::normalize).orElse("");
      for (Allowance any : portless) {
        boolean same =
            any.allowsName(sourceHost, HostPort.ANY)
                || AddressRange.literal(sourceHost)
                    .filter(address -> any.allowsAddress(address, HostPort.ANY))
                    .isPresent();
        if (same) {
          allowances.add(new Allowance(any.name(), any.range(), port(source)));
        }
      }
    }
  }

  /** Why the URL must not be fetched, or empty when it may be. Looks the host up in DNS. */
  Optional<String> findRefusal(URI url) {
    String scheme = url.getScheme();
    if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
      return Optional.of(
          "refused: only http and https URLs are fetched, not "
              + (scheme == null ? "'" + url + "'" : scheme + ":"));
    }
    Optional<String> written = host(url);
    if (written.isEmpty()) {
      return Optional.of("refused: " + url + " names no host");
    }
    String host = normalize(written.get());
    int port = port(url);
    if (allowsName(host, port)) {
      return Optional.empty();
    }
    Optional<InetAddress> literal = AddressRange.literal(host);
    if (literal.isPresent()) {
      return refusal(host, port, literal.get(), true);
    }
    if (host.contains(":")) {
      return Optional.of("refused: " + host + " is not a valid IP address"); // zone ids too
    }
    if (NumericHost.endsInNumber(host)) {
      // 0x7f000001, 2130706433, 0177.0.0.1, 127.1: browsers, curl and Java disagree on what
      // these mean (Java reads 0177 as 177), so none of them is fetched, public or not.
      return Optional.of(
          NumericHost.parse(host)
              .map(
                  address ->
                      "refused: "
                          + host
                          + " is a non-standard way to write "
                          + address.getHostAddress()
                          + describe(address).map(kind -> " (" + kind + ")").orElse("")
                          + "; only dotted-decimal addresses are fetched")
              .orElse("refused: " + host + " is not a valid IP address"));
    }
    try {
      checkedAddresses(host, port);
      return Optional.empty();
    } catch (RefusedHostException refused) {
      return Optional.of(refused.getMessage());
    } catch (UnknownHostException unknown) {
      return Optional.of("unknown host " + host);
    }
  }

  /**
   * The addresses a connection to this host may use: one look-up, every address checked. The HTTP
   * client connects only to what this returns, so what was checked is what is reached.
   *
   * @throws RefusedHostException when the host or one of its addresses is not allowed
   * @throws UnknownHostException when the name does not resolve
   */
  InetAddress[] checkedAddresses(String written, int port) throws UnknownHostException {
    String host = normalize(written);
    Optional<InetAddress> literal = AddressRange.literal(host);
    if (literal.isPresent()) {
      Optional<String> refusal = refusal(host, port, literal.get(), true);
      if (refusal.isPresent()) {
        throw new RefusedHostException(refusal.get());
      }
      return new InetAddress[] {literal.get()};
    }
    if (host.contains(":") || NumericHost.endsInNumber(host)) {
      // findRefusal explains these forms; no client should get this far with one.
      throw new RefusedHostException("refused: " + host + " is not a valid IP address");
    }
    // Blocks for as long as the system resolver takes; DNS has no per-call timeout in the JDK.
    InetAddress[] addresses = lookup.addresses(host);
    if (addresses.length == 0) {
      throw new UnknownHostException(host);
    }
    if (allowsName(host, port)) {
      return addresses;
    }
    for (InetAddress address : addresses) {
      Optional<String> refusal = refusal(host, port, address, false);
      if (refusal.isPresent()) {
        throw new RefusedHostException(refusal.get());
      }
    }
    return addresses;
  }

  private boolean allowsName(String host, int port) {
    return allowances.stream().anyMatch(allowance -> allowance.allowsName(host, port));
  }

  /** The port a URL connects to: the written one, else the scheme's. */
  static int port(URI url) {
    if (url.getPort() >= 0) {
      return url.getPort();
    }
    String authority = url.getRawAuthority();
    if (url.getHost() == null && authority != null && authority.matches(".*:[0-9]{1,5}")) {
      return Integer.parseInt(authority.substring(authority.lastIndexOf(':') + 1));
    }
    return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
  }

  private Optional<String> refusal(String host, int port, InetAddress address, boolean literal) {
    Optional<String> kind = describe(address);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    if (literal
        && allowances.stream().anyMatch(allowance -> allowance.allowsAddress(address, port))) {
      return Optional.empty();
    }
    // An entry on this port, for the hint: "host:port" names exactly what would be allowed.
    String entry = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    if (literal) {
      // ::ffff:127.0.0.1 says which IPv4 address it carries; ::1 and 10.0.0.1 say enough.
      String carried =
          host.contains(":") && address instanceof Inet4Address
              ? address.getHostAddress() + ", "
              : "";
      return Optional.of(
          "refused: " + host + " is " + carried + kind.get() + ALLOW_HINT.formatted(entry));
    }
    return Optional.of(
        "refused: "
            + host
            + " is "
            + address.getHostAddress()
            + ", "
            + kind.get()
            + ALLOW_HINT.formatted(entry));
  }

  /** What kind of non-public address this is: "a loopback address", ...; empty when public. */
  static Optional<String> describe(InetAddress address) {
    byte[] b = address.getAddress();
    return b.length == 4 ? describe4(b) : describe6(b);
  }

  private static Optional<String> describe4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    String kind = null;
    if (first == 0) {
      kind = "an unspecified address";
    } else if (first == 127) {
      kind = "a loopback address";
    } else if (first == 10
        || first == 172 && (second & 0xf0) == 16
        || first == 192 && second == 168) {
      kind = "a private address";
    } else if (first == 100 && (second & 0xc0) == 64) {
      kind = "a private (carrier-grade NAT) address";
    } else if (first == 169 && second == 254) {
      kind = "a link-local address";
    } else if (first >= 224 && first <= 239) {
      kind = "a multicast address";
    } else if (first >= 240) {
      kind = "a reserved address";
    }
    return Optional.ofNullable(kind);
  }

  private static Optional<String> describe6(byte[] b) {
    boolean zeroTo10 = allZero(b, 0, 10);
    if (zeroTo10 && allZero(b, 10, 16)) {
      return Optional.of("an unspecified address");
    }
    if (zeroTo10 && allZero(b, 10, 15) && b[15] == 1) {
      return Optional.of("a loopback address");
    }
    // Forms that carry an IPv4 address inside: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d),
    // NAT64 (64:ff9b::a.b.c.d) reach it through a local translator, and 6to4 (2002:ab:cd::).
    boolean mapped = zeroTo10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = zeroTo10 && b[10] == 0 && b[11] == 0;
    boolean nat64 =
        b[0] == 0
            && b[1] == 0x64
            && (b[2] & 0xff) == 0xff
            && (b[3] & 0xff) == 0x9b
            && allZero(b, 4, 12);
    if (mapped || compatible || nat64) {
      return describe4(Arrays.copyOfRange(b, 12, 16));
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return describe4(Arrays.copyOfRange(b, 2, 6));
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0xff) {
      return Optional.of("a multicast address");
    }
    if ((first & 0xfe) == 0xfc) {
      return Optional.of("a private (unique local) address");
    }
    if (first == 0xfe && (second & 0xc0) == 0x80) {
      return Optional.of("a link-local address");
    }
    if (first == 0xfe && (second & 0xc0) == 0xc0) {
      return Optional.of("a private (site-local) address");
    }
    return Optional.empty();
  }

  private static boolean allZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** The host as written, also when java.net.URI gave up on it (127.1 is "registry-based"). */
  private static Optional<String> host(URI url) {
    if (url.getHost() != null) {
      return Optional.of(url.getHost());
    }
    String authority = url.getRawAuthority();
    if (authority == null) {
      return Optional.empty();
    }
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    if (!host.startsWith("[") && host.lastIndexOf(':') >= 0) {
      host = host.substring(0, host.lastIndexOf(':'));
    }
    return host.isEmpty() ? Optional.empty() : Optional.of(host);
  }

  private static String normalize(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.startsWith("[") && lower.endsWith("]")) {
      lower = lower.substring(1, lower.length() - 1);
    }
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
