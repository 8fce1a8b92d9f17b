package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store and output beside the config folder by default, and an earlier store never lost. */
class DataFoldersTest {
  private static final String OWNER =
      "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n  language: it\n";

  @TempDir Path home;
  private Path config;

  @BeforeEach
  void writeConfig() throws IOException {
    config = Files.createDirectories(home.resolve("config"));
    Files.writeString(config.resolve("sources.yaml"), "sources: []\n");
    Files.writeString(config.resolve("contacts.csv"), "id,first_name,last_name,email\n");
    Files.createDirectories(config.resolve("templates"));
  }

  @Test
  void putsTheStoreAndOutputBesideTheConfigFolderWhenInvitoYamlDoesNotSay() throws IOException {
    Files.writeString(config.resolve("invito.yaml"), OWNER + "store:\n  # path: data/invito\n");

    Config loaded = ConfigLoader.load(config);

    assertThat(loaded.storeUrl()).isEqualTo("jdbc:h2:file:" + home.resolve("data/invito"));
    assertThat(loaded.outputDir()).isEqualTo(home.resolve("out"));
  }

  @Test
  void readsPathsTheFileGivesRelativeToTheConfigFolderAsBefore() throws IOException {
    Files.writeString(
        config.resolve("invito.yaml"), OWNER + "store:\n  path: db/invito\noutput: ../drafts\n");

    Config loaded = ConfigLoader.load(config);

    assertThat(loaded.storeUrl()).isEqualTo("jdbc:h2:file:" + config.resolve("db/invito"));
    assertThat(loaded.outputDir()).isEqualTo(home.resolve("drafts"));
  }

  @Test
  void keepsUsingAStoreAndOutputAnEarlierVersionLeftInsideTheConfigFolderAndSaysSo()
      throws IOException {
    Files.writeString(config.resolve("invito.yaml"), OWNER);
    Files.createDirectories(config.resolve("data"));
    Files.writeString(config.resolve("data/invito.mv.db"), "the sent marks of two years");
    Files.createDirectories(config.resolve("out/invites"));

    Config loaded = ConfigLoader.load(config);
    DataFolders.Place store =
        DataFolders.store(new YamlNode("invito.yaml", "store.path", null), config);
    DataFolders.Place output =
        DataFolders.output(new YamlNode("invito.yaml", "output", null), config);

    assertThat(loaded.storeUrl()).isEqualTo("jdbc:h2:file:" + config.resolve("data/invito"));
    assertThat(loaded.outputDir()).isEqualTo(config.resolve("out"));
    assertThat(store.notice())
        .hasValueSatisfying(
            notice ->
                assertThat(notice)
                    .contains(config.resolve("data/invito.mv.db").toString())
                    .contains("stays in use")
                    .contains("move " + config.resolve("data") + " to " + home.resolve("data"))
                    .contains("store.path: data/invito"));
    assertThat(output.notice())
        .hasValueSatisfying(notice -> assertThat(notice).contains("output: out"));
    assertThat(home.resolve("data")).doesNotExist();
  }

  @Test
  void saysNothingWhenTheFileNamesThePlaceInsideOnPurpose() throws IOException {
    Files.createDirectories(config.resolve("data"));
    Files.writeString(config.resolve("data/invito.mv.db"), "store");

    YamlNode named =
        new YamlNode(
            "invito.yaml",
            "store.path",
            com.fasterxml.jackson.databind.node.TextNode.valueOf("data/invito"));

    assertThat(DataFolders.store(named, config).notice()).isEmpty();
    assertThat(DataFolders.store(named, config).path()).isEqualTo(config.resolve("data/invito"));
  }
}
