package io.invito.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.config.ConfigException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard's judgement of addresses written as IP literals: no DNS, no connection involved. */
class AddressGuardTest {
  private final AddressGuard guard = new AddressGuard(List.of());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://10.1.2.3/              | a private address",
        "http://172.16.0.1/            | a private address",
        "http://172.31.255.255/        | a private address",
        "http://192.168.1.1/           | a private address",
        "http://100.64.0.1/            | carrier-grade NAT",
        "http://169.254.169.254/       | a link-local address",
        "http://0.0.0.0/               | an unspecified address",
        "http://224.0.0.251/           | a multicast address",
        "http://255.255.255.255/       | a reserved address",
        "http://[::]/                  | an unspecified address",
        "http://[::1]/                 | a loopback address",
        "http://[fe80::1]/             | a link-local address",
        "http://[fc00::1]/             | unique local",
        "http://[fd12:3456::1]/        | unique local",
        "http://[ff02::1]/             | a multicast address",
        "http://[::ffff:10.0.0.1]/     | a private address",
        "http://[::ffff:169.254.169.254]/ | a link-local address",
        "http://[64:ff9b::a00:1]/      | a private address",
        "https://127.0.0.1:8443/feed   | a loopback address"
      })
  void refusesNonPublicAddresses(String url, String kind) {
    assertThat(guard.findRefusal(URI.create(url)))
        .hasValueSatisfying(refusal -> assertThat(refusal).startsWith("refused: ").contains(kind));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://93.184.215.14/feed",
        "https://172.32.0.1/",
        "http://100.128.0.1/",
        "http://[2606:4700::1111]/",
        "http://8.8.8.8:8080/"
      })
  void letsPublicAddressesThrough(String url) {
    assertThat(guard.findRefusal(URI.create(url))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://0x7f000001/     | 127.0.0.1 (a loopback address)",
        "http://2130706433/     | 127.0.0.1 (a loopback address)",
        "http://0177.0.0.1/     | 127.0.0.1 (a loopback address)",
        "http://127.1/          | 127.0.0.1 (a loopback address)",
        "http://0xa.0.0.1/      | 10.0.0.1 (a private address)",
        "http://134744072/      | 8.8.8.8; only dotted-decimal"
      })
  void refusesNumericHostsWrittenInNonStandardFormsNamingTheAddressTheyMean(
      String url, String meant) {
    assertThat(guard.findRefusal(URI.create(url)))
        .hasValueSatisfying(
            refusal -> assertThat(refusal).contains("is a non-standard way to write " + meant));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://1.2.3.4.5/",
        "http://08.0.0.1/",
        "http://256.0.0.1/",
        "http://example.123/"
      })
  void refusesHostsThatEndInANumberButAreNoAddress(String url) {
    assertThat(guard.findRefusal(URI.create(url)))
        .hasValueSatisfying(refusal -> assertThat(refusal).endsWith("is not a valid IP address"));
  }

  @Test
  void refusesAUrlWithoutAHost() {
    assertThat(guard.findRefusal(URI.create("http:///feed.xml")))
        .hasValueSatisfying(refusal -> assertThat(refusal).contains("names no host"));
  }

  @Test
  void liftsTheRefusalForAddressesInAnAllowedRange() {
    AddressGuard allowing = new AddressGuard(List.of("10.0.0.0/8", "fd00::/8", "192.168.1.7"));

    assertThat(allowing.findRefusal(URI.create("http://10.200.3.4/"))).isEmpty();
    assertThat(allowing.findRefusal(URI.create("http://[fd00::5]/"))).isEmpty();
    assertThat(allowing.findRefusal(URI.create("http://192.168.1.7/"))).isEmpty();
    assertThat(allowing.findRefusal(URI.create("http://192.168.1.8/"))).isPresent();
    assertThat(allowing.findRefusal(URI.create("http://[fe80::1]/"))).isPresent();
  }

  @Test
  void matchesAllowedNamesWithoutCaseOrTrailingDot() {
    AddressGuard allowing = new AddressGuard(List.of("Demo.Local."));

    assertThat(allowing.findRefusal(URI.create("http://demo.local/"))).isEmpty();
    assertThat(allowing.findRefusal(URI.create("http://DEMO.LOCAL./"))).isEmpty();
  }

  @Test
  void refusesANameThatResolvesIntoAnAllowedRangeButIsNotItselfAllowed() {
    AddressGuard allowing = new AddressGuard(List.of("127.0.0.0/8"));

    assertThat(allowing.findRefusal(URI.create("http://localhost/"))).isPresent();
    assertThat(allowing.findRefusal(URI.create("http://127.0.0.2/"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/x", "example.org/24", "fe80::/129"})
  void rejectsAnAllowlistEntryThatIsNoHostAddressOrRange(String entry) {
    assertThatThrownBy(() -> new AddressGuard(List.of(entry)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("fetch.allowedHosts")
        .hasMessageContaining(entry);
  }
}
