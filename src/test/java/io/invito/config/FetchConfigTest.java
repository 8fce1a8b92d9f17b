package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fetch section of invito.yaml: politeness settings and the allowlist, checked at load. */
class FetchConfigTest {
  private static final String OWNER =
      "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n";
  private static final String SOURCES =
      "sources:\n  - id: corsi\n    url: https://example.it/feed.rss\n";

  @TempDir Path dir;

  @BeforeEach
  void writeContactsAndTemplates() throws IOException {
    Files.writeString(dir.resolve("contacts.csv"), "first_name,last_name,email\n");
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("sources.yaml"), SOURCES);
  }

  private Config load(String fetch) throws IOException {
    Files.writeString(dir.resolve("invito.yaml"), OWNER + "fetch:\n" + fetch);
    return ConfigLoader.load(dir);
  }

  @Test
  void defaultsToTwoRequestsPerHostOneSecondApart() throws IOException {
    FetchSettings fetch = load("  concurrency: 8\n").fetch();

    assertThat(fetch.perHostConcurrency()).isEqualTo(2);
    assertThat(fetch.hostSpacing()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void readsPerHostConcurrencyAndASpacingOfZero() throws IOException {
    FetchSettings fetch = load("  perHostConcurrency: 4\n  hostSpacing: 0s\n").fetch();

    assertThat(fetch.perHostConcurrency()).isEqualTo(4);
    assertThat(fetch.hostSpacing()).isZero();
  }

  @Test
  void refusesAPerHostConcurrencyOfZeroNamingTheKey() {
    assertThatThrownBy(() -> load("  perHostConcurrency: 0\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("invito.yaml: fetch.perHostConcurrency '0' must be at least 1");
  }

  @Test
  void readsAllowedHostsAsNamesAddressesAndRanges() throws IOException {
    FetchSettings fetch =
        load("  allowedHosts: [localhost, 127.0.0.0/8, '::1', 'fc00::/7',"
                + " '[::1]', intranet.example.org.]\n")
            .fetch();

    assertThat(fetch.allowedHosts())
        .containsExactly(
            "localhost", "127.0.0.0/8", "::1", "fc00::/7", "[::1]", "intranet.example.org.");
  }

  @Test
  void readsAllowedHostsWithAPort() throws IOException {
    FetchSettings fetch =
        load("  allowedHosts: ['127.0.0.1:8080', 'feeds.local:443', '[::1]:8080',"
                + " '10.0.0.0/8:80']\n")
            .fetch();

    assertThat(fetch.allowedHosts())
        .containsExactly("127.0.0.1:8080", "feeds.local:443", "[::1]:8080", "10.0.0.0/8:80");
  }

  @Test
  void acceptsASingleAllowedHostWrittenWithoutAList() throws IOException {
    assertThat(load("  allowedHosts: 127.0.0.1\n").fetch().allowedHosts())
        .containsExactly("127.0.0.1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://localhost:8080 | is a URL; write only its host",
        "*.example.org         | is a wildcard",
        "127.0.0.0/33          | has a prefix length outside 0..32",
        "::1/129               | has a prefix length outside 0..128",
        "localhost/8           | is not a CIDR range",
        "0x7f000001            | is not a dotted-decimal IPv4 address",
        "127.1                 | is not a dotted-decimal IPv4 address",
        "0177.0.0.1            | is not a dotted-decimal IPv4 address",
        "256.0.0.1             | is not a dotted-decimal IPv4 address",
        "fe80::1%eth0          | is not a valid IPv6 address",
        "bad host              | is not a host name, an IP address or a CIDR range",
        "-dash.example.org     | is not a host name, an IP address or a CIDR range",
        "127.0.0.1:0           | has a port '0' outside 1..65535",
        "127.0.0.1:65536       | has a port '65536' outside 1..65535",
        "localhost:http        | has a port 'http' outside 1..65535",
        "'[::1]:'              | has a port '' outside 1..65535",
        ":8080                 | names a port but no host",
        "bad_host!:8080        | is not a host name, an IP address or a CIDR range"
      })
  void refusesAnAllowedHostTheGuardCouldNotUseNamingFileIndexAndValue(
      String entry, String problem) {
    assertThatThrownBy(() -> load("  allowedHosts:\n    - 127.0.0.1\n    - '" + entry + "'\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("invito.yaml: fetch.allowedHosts[1] '" + entry + "' " + problem);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "ftp://example.org/feed.xml",
        "jar:file:/tmp/x.jar!/feed.xml"
      })
  void refusesSourceUrlsThatAreNotHttpAtLoad(String url) throws IOException {
    Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - id: s\n    url: '" + url + "'\n");

    assertThatThrownBy(() -> load("  concurrency: 8\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("sources.yaml: sources[0].url '" + url + "' is not an http(s) URL");
  }
}
