package io.invito.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.config.ConfigException;
import io.invito.model.SourceHealth;
import io.invito.model.Validators;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceStoreTest {
  private static final Instant AT = Instant.parse("2026-11-30T07:00:00.123456Z");

  @TempDir Path folder;
  private Store store;
  private SourceStore sources;

  @BeforeEach
  void open() {
    store = Store.open("jdbc:h2:file:" + folder.resolve("invito"));
    sources = store.sources();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void readsBackTheHealthItSavedAndReplacesItOnTheNextSave() {
    SourceHealth failing =
        new SourceHealth(
            "acme-feed",
            "https://acme.example.com/feed.xml",
            SourceHealth.State.FAILING,
            Optional.of(AT),
            Optional.of(AT.minusSeconds(86_400)),
            Optional.of("HTTP 503 Service Unavailable"),
            2,
            Optional.of(AT.plusSeconds(3600)),
            12,
            false);
    SourceHealth recovered =
        new SourceHealth(
            "acme-feed",
            "https://acme.example.com/feed.xml",
            SourceHealth.State.OK,
            Optional.of(AT.plusSeconds(3600)),
            Optional.of(AT.plusSeconds(3600)),
            Optional.empty(),
            0,
            Optional.empty(),
            0,
            true);

    sources.save(failing);
    assertThat(sources.find("acme-feed")).contains(failing);

    sources.save(recovered);
    assertThat(sources.find("acme-feed")).contains(recovered);
  }

  @Test
  void listsEverySourceById() {
    sources.save(fresh("zeta"));
    sources.save(fresh("alpha"));

    assertThat(sources.all()).extracting(SourceHealth::sourceId).containsExactly("alpha", "zeta");
    assertThat(sources.find("missing")).isEmpty();
  }

  @Test
  void keepsValidatorsPerUrlAndAnswersNoneForAnUnknownUrl() {
    String url = "https://acme.example.com/feed.xml?page=" + "x".repeat(3000);
    Validators first = new Validators(Optional.of("\"abc\""), Optional.empty());
    Validators second =
        new Validators(Optional.of("W/\"def\""), Optional.of("Tue, 01 Dec 2026 07:00:00 GMT"));

    sources.saveValidators(url, first);
    assertThat(sources.validators(url)).isEqualTo(first);
    sources.saveValidators(url, second);

    assertThat(sources.validators(url)).isEqualTo(second);
    assertThat(sources.validators("https://other.example.com/")).isEqualTo(Validators.NONE);
  }

  @Test
  void keepsWhenTheLastUnconditionalGetWasUntilANewerOneIsRecorded() {
    String url = "https://acme.example.com/feed.xml";
    Validators validators = new Validators(Optional.of("\"abc\""), Optional.empty());
    assertThat(sources.lastUnconditional(url)).isEmpty();

    sources.saveValidators(url, validators, Optional.of(AT));
    sources.saveValidators(url, validators, Optional.empty());
    assertThat(sources.lastUnconditional(url)).contains(AT);

    sources.saveValidators(url, validators, Optional.of(AT.plusSeconds(43_200)));
    assertThat(sources.lastUnconditional(url)).contains(AT.plusSeconds(43_200));
    assertThat(sources.lastUnconditional("https://other.example.com/")).isEmpty();
  }

  @Test
  void refusesAUrlThatIsNeitherH2NorPostgresqlNamingItButNotItsPassword() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://db/invito?user=u&password=secret"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("jdbc:mysql://db/invito")
        .hasMessageNotContaining("secret");
  }

  private static SourceHealth fresh(String id) {
    return new SourceHealth(
        id,
        "https://" + id + ".example.com/",
        SourceHealth.State.NEW,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        Optional.empty(),
        0,
        false);
  }

  @Test
  void keepsAnInMemoryStoreAliveBetweenOperationsUntilClosed() {
    try (Store memory = Store.open("jdbc:h2:mem:invito-" + System.nanoTime())) {
      memory.sources().save(fresh("acme"));

      assertThat(memory.sources().find("acme")).isPresent();
    }
  }
}
