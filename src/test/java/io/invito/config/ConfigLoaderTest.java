package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final String OWNER =
      "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n  language: it\n"
          + "  timeZone: Europe/Rome\n";
  private static final String SOURCE =
      "sources:\n  - id: corsi\n    url: https://example.it/feed.rss\n    type: feed\n";

  @TempDir Path dir;

  @BeforeEach
  void writeContactsAndTemplates() throws IOException {
    Files.writeString(dir.resolve("contacts.csv"), "first_name,last_name,email\n");
    Files.createDirectories(dir.resolve("templates"));
  }

  private void write(String main, String sources) throws IOException {
    Files.writeString(dir.resolve("invito.yaml"), main);
    Files.writeString(dir.resolve("sources.yaml"), sources);
  }

  @Test
  void readsAValidConfigWithDefaultsForWhatIsLeftOut() throws IOException {
    write(OWNER + "matching:\n  perContactPause: 5d\n", SOURCE);

    Config config = ConfigLoader.load(dir);

    assertThat(config.owner().language()).isEqualTo(Language.IT);
    assertThat(config.owner().zone()).isEqualTo(ZoneId.of("Europe/Rome"));
    assertThat(config.owner().signature()).isEqualTo("Giulia Bianchi");
    assertThat(config.matching().perContactPause()).isEqualTo(Duration.ofDays(5));
    assertThat(config.fetch().maxRedirects()).isEqualTo(5);
    assertThat(config.storeUrl()).startsWith("jdbc:h2:file:").contains("data");
    assertThat(config.sources())
        .singleElement()
        .satisfies(
            source -> {
              assertThat(source.id()).isEqualTo("corsi");
              assertThat(source.type()).isEqualTo(SourceType.FEED);
              assertThat(source.follow()).isFalse();
            });
  }

  @Test
  void readsClusterForAPostgresStoreAndRefusesItForAnEmbeddedOne() throws IOException {
    write(OWNER + "store:\n  url: jdbc:postgresql://db/invito\n  cluster: true\n", SOURCE);
    assertThat(ConfigLoader.load(dir).cluster()).isTrue();

    write(OWNER + "store:\n  path: data/invito\n  cluster: true\n", SOURCE);
    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("invito.yaml: store.cluster")
        .hasMessageContaining("PostgreSQL");
  }

  @Test
  void readsKeepRulesAndKeepsEverythingWhenTheSectionIsLeftOut() throws IOException {
    write(OWNER, SOURCE);
    assertThat(ConfigLoader.load(dir).keep()).isEqualTo(KeepRules.ALL);

    write(
        OWNER
            + "keep:\n  attendance: [online, Hybrid]\n  kinds: [webinar]\n"
            + "  keywords: [Excel]\n  block: [assemblea soci]\n",
        SOURCE);
    KeepRules keep = ConfigLoader.load(dir).keep();

    assertThat(keep.attendance()).containsExactlyInAnyOrder("online", "hybrid");
    assertThat(keep.kinds()).containsExactly("webinar");
    assertThat(keep.keywords()).containsExactly("excel");
    assertThat(keep.block()).containsExactly("assemblea soci");
  }

  @Test
  void readsASourcesOwnKeepRulesAndNamesTheSourceOnAMistake() throws IOException {
    write(OWNER, SOURCE + "    keep:\n      attendance: [in-person]\n");
    assertThat(ConfigLoader.load(dir).sources().get(0).keep())
        .hasValueSatisfying(keep -> assertThat(keep.attendance()).containsExactly("in-person"));

    write(OWNER, SOURCE + "    keep:\n      kinds: [webinars]\n");
    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sources.yaml: sources[0].keep.kinds")
        .hasMessageContaining("'webinars' is not one of");
  }

  @Test
  void refusesAnAttendanceModeItDoesNotKnowNamingKeyAndValue() throws IOException {
    write(OWNER + "keep:\n  attendance: [online, in-presenza]\n", SOURCE);

    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("invito.yaml: keep.attendance")
        .hasMessageContaining("'in-presenza' is not one of [hybrid, in-person, online, unknown]");
  }

  @Test
  void refusesAnUnknownKeyNamingFileAndKey() throws IOException {
    write(OWNER + "  nmae: typo\n", SOURCE);

    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("invito.yaml: owner.nmae is not a known key");
  }

  @Test
  void refusesAUrlThatIsNotHttpNamingTheSourceIndexAndValue() throws IOException {
    write(OWNER, SOURCE + "  - id: bad\n    url: htp://x\n");

    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage("sources.yaml: sources[1].url 'htp://x' is not an http(s) URL");
  }

  @Test
  void refusesFileFtpAndJarUrls() throws IOException {
    for (String url :
        new String[] {"file:///etc/passwd", "ftp://example.org/feed", "jar:file:/x.jar!/a"}) {
      write(OWNER, "sources:\n  - id: s\n    url: \"" + url + "\"\n");
      assertThatThrownBy(() -> ConfigLoader.load(dir))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("sources[0].url '" + url + "' is not an http(s) URL");
    }
  }

  @Test
  void refusesAnUnknownSourceType() throws IOException {
    write(OWNER, "sources:\n  - id: s\n    url: https://example.org/\n    type: fed\n");

    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessage("sources.yaml: sources[0].type 'fed' is not one of feed, ics, page");
  }

  @Test
  void refusesABadTimeZoneLanguageDurationAndCron() throws IOException {
    write(OWNER.replace("Europe/Rome", "Europe/Milano"), SOURCE);
    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessageContaining("invito.yaml: owner.timeZone 'Europe/Milano' is not a time zone");

    write(OWNER.replace("language: it", "language: fr"), SOURCE);
    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessageContaining("invito.yaml: owner.language 'fr' is not a language code");

    write(OWNER + "matching:\n  horizon: two weeks\n", SOURCE);
    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessageContaining("invito.yaml: matching.horizon 'two weeks' is not a duration");

    write(OWNER + "schedules:\n  digest: every monday\n", SOURCE);
    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessageContaining("invito.yaml: schedules.digest 'every monday' is not a Quartz cron");
  }

  @Test
  void refusesDuplicateSourceIds() throws IOException {
    write(OWNER, SOURCE + "  - id: corsi\n    url: https://example.org/other\n");

    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessage("sources.yaml: sources[1].id 'corsi' is used by an earlier source too");
  }

  @Test
  void namesAMissingFile() throws IOException {
    write(OWNER + "contacts: people.csv\n", SOURCE);

    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessageStartingWith("invito.yaml: contacts 'people.csv' does not exist");

    Files.delete(dir.resolve("sources.yaml"));
    Files.writeString(dir.resolve("invito.yaml"), OWNER);
    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessageStartingWith("sources.yaml: file not found");
  }

  @Test
  void reportsTheLineOfInvalidYaml() throws IOException {
    write(OWNER + "output: [unclosed\n", SOURCE);

    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessageStartingWith("invito.yaml: line ")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void refusesAMissingOwner() throws IOException {
    write("output: out\n", SOURCE);

    assertThatThrownBy(() -> ConfigLoader.load(dir))
        .hasMessageStartingWith("invito.yaml: owner is missing");
  }

  @Test
  void theBundledConfigFolderLoads() {
    Config config = ConfigLoader.load(Path.of("config"));

    assertThat(config.sources()).isNotEmpty();
    assertThat(config.owner().name()).isNotBlank();
    assertThat(config.keep().attendance())
        .as("a new config keeps what one attends online, as the article invito grew from")
        .containsExactlyInAnyOrder("online", "hybrid");
  }
}
