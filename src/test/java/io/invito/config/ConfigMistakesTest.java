package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes a fault trial found accepted: each is now refused at load with the file, the key and the
 * value, and a value next to each limit is still read.
 */
class ConfigMistakesTest {
  private static final String OWNER =
      "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n";

  @TempDir Path dir;

  @BeforeEach
  void writeSourcesContactsAndTemplates() throws IOException {
    Files.writeString(dir.resolve("contacts.csv"), "first_name,last_name,email\n");
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        dir.resolve("sources.yaml"),
        "sources:\n  - id: corsi\n    url: https://example.it/feed.rss\n");
  }

  private Config load(String yaml) throws IOException {
    Files.writeString(dir.resolve("invito.yaml"), yaml);
    return ConfigLoader.load(dir);
  }

  @Test
  void refusesASecondOwnerBlockInsteadOfLettingItWin() {
    assertThatThrownBy(
            () -> load(OWNER + "owner:\n  name: Someone Else\n  email: else@example.it\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("invito.yaml: line 4: not valid YAML:")
        .hasMessageContaining("'owner'");
  }

  @Test
  void refusesAKeyWrittenTwiceInsideASection() {
    assertThatThrownBy(() -> load(OWNER + "fetch:\n  maxRedirects: 3\n  maxRedirects: 4\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'maxRedirects'");
  }

  @Test
  void refusesASourceIdWrittenTwiceInOneEntryOfSourcesYaml() throws IOException {
    Files.writeString(
        dir.resolve("sources.yaml"),
        "sources:\n  - id: corsi\n    id: altro\n    url: https://example.it/feed.rss\n");

    assertThatThrownBy(() -> load(OWNER))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("sources.yaml: line 3: not valid YAML:")
        .hasMessageContaining("'id'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fetch|maxRedirects|2147483648|invito.yaml: fetch.maxRedirects '2147483648' must be at most 2147483647",
        "fetch|concurrency|9999999999|invito.yaml: fetch.concurrency '9999999999' must be at most 2147483647",
        "matching|perEventTop|2147483648|invito.yaml: matching.perEventTop '2147483648' must be at most 2147483647",
        "fetch|maxBytes|0|invito.yaml: fetch.maxBytes '0' must be at least 1",
        "fetch|maxRedirects|99999999999999999999|invito.yaml: fetch.maxRedirects '99999999999999999999' is not a whole number",
        "matching|minScore|NaN|invito.yaml: matching.minScore 'NaN' must be a number of zero or more",
        "matching|minScore|.nan|invito.yaml: line 5: not valid YAML: Malformed numeric value '.nan'",
        "matching|minScore|Infinity|invito.yaml: matching.minScore 'Infinity' must be a number of zero or more",
        "matching|minScore|-1|invito.yaml: matching.minScore '-1' must be a number of zero or more",
      })
  void refusesAValueOutOfRangeNamingTheKeyAndTheValue(
      String section, String key, String value, String message) {
    assertThatThrownBy(() -> load(OWNER + section + ":\n  " + key + ": " + value + "\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }

  @Test
  void readsValuesAtTheEdgeOfEachRange() throws IOException {
    Config config =
        load(
            OWNER
                + "fetch:\n  maxRedirects: 2147483647\n  maxBytes: 1\n"
                + "matching:\n  minScore: 0\n  perEventTop: 0\n");

    assertThat(config.fetch().maxRedirects()).isEqualTo(Integer.MAX_VALUE);
    assertThat(config.fetch().maxBytes()).isEqualTo(1);
    assertThat(config.matching().minScore()).isZero();
    assertThat(config.matching().perEventTop()).isZero();
  }

  // The call list (issue 19): calls.perDay from 2 to 5, and its schedule.

  @Test
  void withoutTheSectionThreeCallsEachWorkingDayMorning() throws IOException {
    Config config = load(OWNER);

    assertThat(config.calls().perDay()).isEqualTo(3);
    assertThat(config.schedules().calls()).isEqualTo("0 0 8 ? * MON-FRI");
  }

  @Test
  void readsTwoAndFiveTheEndsOfTheRangeAndTheSchedule() throws IOException {
    assertThat(load(OWNER + "calls:\n  perDay: 2\n").calls().perDay()).isEqualTo(2);
    Config five = load(OWNER + "calls:\n  perDay: 5\nschedules:\n  calls: \"0 30 9 * * ?\"\n");
    assertThat(five.calls().perDay()).isEqualTo(5);
    assertThat(five.schedules().calls()).isEqualTo("0 30 9 * * ?");
  }

  @Test
  void refusesACountOutsideTwoToFiveNamingTheKeyAndTheValue() {
    for (String value : new String[] {"1", "6", "0", "-3"}) {
      assertThatThrownBy(() -> load(OWNER + "calls:\n  perDay: " + value + "\n"))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("invito.yaml: calls.perDay")
          .hasMessageContaining(value);
    }
    assertThatThrownBy(() -> load(OWNER + "calls:\n  perDay: 7\n"))
        .hasMessage(
            "invito.yaml: calls.perDay '7' must be a whole number from 2 to 5 (calls a day)");
  }

  @Test
  void refusesAWordAnUnknownKeyAndABadSchedule() {
    assertThatThrownBy(() -> load(OWNER + "calls:\n  perDay: three\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("calls.perDay")
        .hasMessageContaining("three");
    assertThatThrownBy(() -> load(OWNER + "calls:\n  perday: 3\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("calls.perday");
    assertThatThrownBy(() -> load(OWNER + "schedules:\n  calls: \"every morning\"\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("schedules.calls")
        .hasMessageContaining("every morning");
  }
}
