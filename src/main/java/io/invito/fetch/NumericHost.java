package io.invito.fetch;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads host names that are really IPv4 addresses in a loose form ({@code 0x7f000001}, {@code
 * 2130706433}, {@code 0177.0.0.1}, {@code 127.1}) the way the WHATWG URL standard and {@code
 * inet_aton} do, so the guard can name the address an attacker meant.
 */
final class NumericHost {
  private static final Pattern HEX = Pattern.compile("0[xX][0-9A-Fa-f]*");
  private static final Pattern OCTAL = Pattern.compile("0[0-7]+");
  private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]*");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final BigInteger BYTE = BigInteger.valueOf(256);

  private NumericHost() {}

  /** WHATWG's "ends in a number": such a host is an IPv4 address or invalid, never a name. */
  static boolean endsInNumber(String host) {
    String last = host.substring(host.lastIndexOf('.') + 1);
    return !last.isEmpty() && (DIGITS.matcher(last).matches() || HEX.matcher(last).matches());
  }

  /** The address the host means, or empty when it is not a valid loose IPv4 form. */
  static Optional<InetAddress> parse(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length > 4) {
      return Optional.empty();
    }
    BigInteger value = BigInteger.ZERO;
    for (int i = 0; i < parts.length; i++) {
      Optional<BigInteger> number = number(parts[i]);
      if (number.isEmpty()) {
        return Optional.empty();
      }
      boolean last = i == parts.length - 1;
      // Every part but the last is one byte; the last fills the bytes that are left.
      BigInteger limit = last ? BYTE.pow(4 - i) : BYTE;
      if (number.get().compareTo(limit) >= 0) {
        return Optional.empty();
      }
      value = last ? value.add(number.get()) : value.add(number.get().multiply(BYTE.pow(3 - i)));
    }
    long bits = value.longValueExact();
    byte[] bytes = {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
    return Optional.of(AddressRange.byAddress(bytes));
  }

  private static Optional<BigInteger> number(String part) {
    if (HEX.matcher(part).matches()) {
      String digits = part.substring(2);
      return Optional.of(digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16));
    }
    if (OCTAL.matcher(part).matches()) {
      return Optional.of(new BigInteger(part.substring(1), 8));
    }
    if (DECIMAL.matcher(part).matches()) {
      return Optional.of(new BigInteger(part));
    }
    return Optional.empty();
  }
}
